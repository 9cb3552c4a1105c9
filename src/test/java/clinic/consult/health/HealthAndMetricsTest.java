package clinic.consult.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import clinic.consult.support.Contract;
import clinic.consult.support.Management;
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
        Management.request().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldReportReadinessIncludingTheDatabase() {
        Management.request()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().when().get("/api/v1/locations").then().statusCode(200);

        Management.request()
                .accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count{method=\"GET\""))
                .body(containsString("uri=\"/api/v1/locations\""));
    }

    @Test
    void shouldServeHealthMetricsAndTheDocumentOnlyOnTheManagementPort() {
        for (var path : new String[] {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live", "/q/openapi"}) {
            given().get(path).then().statusCode(404);
        }
        Management.request().get("/q/openapi").then().statusCode(200);
    }
}
