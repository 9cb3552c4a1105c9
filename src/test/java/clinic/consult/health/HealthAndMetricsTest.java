package clinic.consult.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import clinic.consult.support.Contract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Operational endpoints, outside the business contract. */
@QuarkusTest
class HealthAndMetricsTest {

    @BeforeEach
    void outsideTheContract() {
        // other test classes leave the contract filter installed; these endpoints are not in it
        Contract.none();
    }

    @Test
    void shouldReportLiveness() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldReportReadinessIncludingTheDatabase() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().when().get("/api/v1/locations").then().statusCode(200);

        given().accept("text/plain")
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count{method=\"GET\""))
                .body(containsString("uri=\"/api/v1/locations\""));
    }
}
