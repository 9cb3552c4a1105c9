package clinic.consult.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What HTTP itself promises, as clients generated from the contract rely on it (RFC 9110). */
@QuarkusTest
class HttpSemanticsTest extends ApiTest {

    @Test
    void shouldAnswerAnOperationWithoutBodyWhenOnlyProblemsAreAcceptable() {
        // a generated client of DELETE /holds/{id} accepts what the contract lists for it: application/problem+json
        given().accept("application/problem+json")
                .delete("/api/v1/holds/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().accept("application/problem+json")
                .header(Tokens.asAdmin())
                .delete("/api/v1/locations/tustin/closures/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldNameTheAllowedMethodsWhenRefusingOne() {
        Contract.undocumentedPaths();
        var allow = given().put("/api/v1/holds/{id}", UUID.randomUUID())
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:clinic:consult:problem:method-not-allowed"))
                .extract()
                .header("Allow");

        assertThat(methods(allow)).containsExactlyInAnyOrder("DELETE", "OPTIONS");
    }

    @Test
    void shouldAdvertiseOnlyTheMethodsAPathAnswers() {
        Contract.undocumentedPaths();
        var allow = given().options("/api/v1/appointments/{id}", UUID.randomUUID())
                .then()
                .statusCode(204)
                .extract()
                .header("Allow");

        var advertised = methods(allow);
        assertThat(advertised).contains("GET", "PATCH", "OPTIONS");
        for (var method : advertised) {
            if (!method.equals("OPTIONS") && !method.equals("HEAD")) {
                var status = given().header(Tokens.asStaff())
                        .contentType("application/json")
                        .body("{}")
                        .request(method, "/api/v1/appointments/{id}", UUID.randomUUID())
                        .statusCode();
                assertThat(status).as(method).isNotEqualTo(405);
            }
        }
    }

    @Test
    void shouldRefuseAnUnknownQueryParameterNamingIt() {
        Contract.responsesOnly();
        given().queryParam("type", "virtual-consultation")
                .queryParam("locationid", "tustin")
                .get("/api/v1/slots")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("locationid"))
                .body("errors.message", hasItem(containsString("not a parameter")));
    }

    @Test
    void shouldTakeTheKnownQueryParameters() {
        given().queryParam("type", "virtual-consultation")
                .queryParam("locationId", "tustin")
                .get("/api/v1/slots")
                .then()
                .statusCode(200);
    }

    private static Set<String> methods(String allow) {
        return Arrays.stream(allow.split(",")).map(String::strip).collect(Collectors.toSet());
    }
}
