package clinic.consult.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimiterTest.SmallBurstBehindProxy.class)
class RateLimiterTest extends ApiTest {

    /** Three requests per client, then one a minute; the test client (127.0.0.1) is a trusted proxy. */
    public static class SmallBurstBehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "consult.http.rate-limit.burst", "3",
                    "consult.http.rate-limit.per-minute", "1",
                    "consult.http.trusted-proxies", "127.0.0.0/8,::1");
        }
    }

    @BeforeEach
    void probeIsNotPartOfTheContract() {
        Contract.undocumentedPaths();
    }

    @Test
    void shouldAnswerTooManyRequestsWithRetryAfterOnceTheBurstIsUsed() {
        for (int i = 0; i < 3; i++) {
            post("203.0.113.10").then().statusCode(204);
        }
        post("203.0.113.10")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", equalTo("urn:clinic:consult:problem:too-many-requests"))
                .body("status", equalTo(429));

        var retryAfter = Integer.parseInt(
                post("203.0.113.10").then().statusCode(429).extract().header("Retry-After"));
        org.hamcrest.MatcherAssert.assertThat(retryAfter, greaterThanOrEqualTo(1));
    }

    @Test
    void shouldCountEachForwardedClientSeparatelyBehindATrustedProxy() {
        for (int i = 0; i < 3; i++) {
            post("198.51.100.20").then().statusCode(204);
        }
        post("198.51.100.20").then().statusCode(429);
        post("198.51.100.21").then().statusCode(204);
    }

    @Test
    void shouldTakeTheRightMostUntrustedAddressSoClientsCannotSpoofTheirWayOut() {
        for (int i = 0; i < 3; i++) {
            post("10.9.8." + i + ", 192.0.2.50").then().statusCode(204);
        }
        post("10.9.8.99, 192.0.2.50").then().statusCode(429);
    }

    @Test
    void shouldLimitThePublicConsultationForm() {
        Contract.validateAll();
        for (int i = 0; i < 3; i++) {
            submitLead("203.0.113.77").then().statusCode(201);
        }
        submitLead("203.0.113.77")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+"))
                .body("type", equalTo("urn:clinic:consult:problem:too-many-requests"));
    }

    private static io.restassured.response.Response submitLead(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor)
                .contentType(ContentType.JSON)
                .body(LeadForm.person().body())
                .when()
                .post("/api/v1/leads");
    }

    private static io.restassured.response.Response post(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor).when().post("/test/rate-limited");
    }
}
