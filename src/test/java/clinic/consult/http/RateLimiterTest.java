package clinic.consult.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Metrics;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimiterTest.SmallBurstBehindProxy.class)
class RateLimiterTest extends ApiTest {

    /**
     * Three requests per client, then one a minute; one wrong token per client, then one a minute; the test client
     * (127.0.0.1) is a trusted proxy.
     */
    public static class SmallBurstBehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "consult.http.rate-limit.burst", "3",
                    "consult.http.rate-limit.per-minute", "1",
                    "consult.http.trusted-proxies", "127.0.0.0/8,::1",
                    "consult.http.token-failures.burst", "1");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void probeIsNotPartOfTheContract() {
        Contract.undocumentedPaths();
    }

    @AfterEach
    void restore() {
        Seed.restoreSchedules(dataSource);
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
    void shouldCountAnIpv6NetworkAsOneClientAndIgnoreAForwardedValueThatIsNoAddress() {
        for (int i = 0; i < 3; i++) {
            post("2001:db8:77:1:" + i + ":0:0:1").then().statusCode(204);
        }
        post("2001:db8:77:1:ffff:ffff:ffff:ffff").then().statusCode(429);
        post("2001:db8:77:2:0:0:0:1").then().statusCode(204);
        // a proxy that passes on what clients write: a value that is no address counts as the proxy itself
        for (int i = 0; i < 3; i++) {
            post("not-an-address-" + i).then().statusCode(204);
        }
        post("not-an-address-x").then().statusCode(429);
    }

    @Test
    void shouldAnswerWrongManageTokensOverTheBudgetWith429AndStillTakeTheRightOne() {
        Contract.validateAll();
        var booked = given().header("X-Forwarded-For", "203.0.113.90")
                .contentType(ContentType.JSON)
                .body(Slots.booking("tustin", Slots.VIRTUAL, Slots.at(Slots.monday(), "14:00")))
                .post("/api/v1/appointments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        var id = booked.getString("id");
        var shared = "203.0.113.91";
        double wrongBefore = Metrics.value("consult_token_refusals_total", "token", "manage", "outcome", "wrong");
        double lockedBefore = Metrics.value("consult_token_refusals_total", "token", "manage", "outcome", "locked_out");

        getAppointment(shared, id, "guess-1").then().statusCode(404);
        // the budget is spent: the next wrong token is a 429, on every manage-token route
        getAppointment(shared, id, "guess-2")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+"))
                .body("type", equalTo("urn:clinic:consult:problem:too-many-token-failures"));
        Contract.responsesOnly();
        given().header("X-Forwarded-For", shared)
                .header("X-Manage-Token", "guess")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "x"))
                .post("/api/v1/appointments/{id}/cancel", id)
                .then()
                .statusCode(429);
        // the right token from the same address still opens its appointment
        Contract.validateAll();
        getAppointment(shared, id, booked.getString("manageToken"))
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        assertThat(Metrics.value("consult_token_refusals_total", "token", "manage", "outcome", "wrong"))
                .isEqualTo(wrongBefore + 3);
        assertThat(Metrics.value("consult_token_refusals_total", "token", "manage", "outcome", "locked_out"))
                .isEqualTo(lockedBefore + 2);
    }

    @Test
    void shouldAnswerWrongLeadTokensOverTheBudgetWith429AndStillBookWithTheRightOne() {
        Contract.responsesOnly();
        var shared = "203.0.113.93";
        bookWithLeadToken(shared + ", 127.0.0.2", "forged", "15:00").then().statusCode(400);
        bookWithLeadToken(shared, "forged-again", "15:00")
                .then()
                .statusCode(429)
                .body("type", equalTo("urn:clinic:consult:problem:too-many-token-failures"));
        var leadToken = given().header("X-Forwarded-For", "203.0.113.94")
                .contentType(ContentType.JSON)
                .body(LeadForm.person().body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("leadToken");
        bookWithLeadToken(shared, leadToken, "15:00").then().statusCode(201);
    }

    @Test
    void shouldKeepServingARightCalendarKeyFromAnAddressThatSentWrongOnes() {
        Contract.responsesOnly();
        var created = given().header(clinic.consult.support.Tokens.asStaff())
                .post("/api/v1/calendar-feeds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        var provider = "203.0.113.95";
        var wrong = "/api/v1/calendars/calfeed_" + "x".repeat(43) + "/tustin.ics";
        given().header("X-Forwarded-For", provider).get(wrong).then().statusCode(404);
        for (int i = 0; i < 9; i++) {
            given().header("X-Forwarded-For", provider).get(wrong).then().statusCode(429);
        }
        given().header("X-Forwarded-For", provider)
                .get("/api/v1/calendars/" + created.getString("key") + "/tustin.ics")
                .then()
                .statusCode(200)
                .contentType("text/calendar");
    }

    private static io.restassured.response.Response bookWithLeadToken(String client, String leadToken, String time) {
        return given().header("X-Forwarded-For", client)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "locationId",
                        "tustin",
                        "type",
                        Slots.VIRTUAL,
                        "start",
                        Slots.at(Slots.monday(), time),
                        "leadToken",
                        leadToken))
                .post("/api/v1/appointments");
    }

    private static io.restassured.response.Response getAppointment(String client, String id, String token) {
        return given().header("X-Forwarded-For", client)
                .header("X-Manage-Token", token)
                .get("/api/v1/appointments/{id}", id);
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
