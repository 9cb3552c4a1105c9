package clinic.consult.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Browsers may call the API only from the configured origins (the clinic's website in tests). */
@QuarkusTest
class CorsTest extends ApiTest {

    @Test
    void shouldPassAPreflightFromAnAllowedOrigin() {
        Contract.undocumentedPaths();
        given().header("Origin", "https://www.clinic.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key")
                .when()
                .options("/api/v1/leads")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("https://www.clinic.example"))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
    }

    @Test
    void shouldGiveOtherOriginsNoCorsHeaders() {
        Contract.undocumentedPaths();
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/api/v1/leads")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());

        Contract.responsesOnly();
        given().header("Origin", "https://evil.example")
                .when()
                .get("/api/v1/locations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Expose-Headers", nullValue());
    }

    @Test
    void shouldLetTheWebsiteReadLocationsAndSeeTheRequestId() {
        given().header("Origin", "https://www.clinic.example")
                .when()
                .get("/api/v1/locations")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://www.clinic.example"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }
}
