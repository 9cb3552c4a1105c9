package clinic.consult.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.Contract;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The committed contract is exactly what the service serves. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void shouldServeExactlyTheCommittedContract() throws IOException {
        var served = given().accept("application/yaml")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(served)
                .as("openapi.yaml differs from /q/openapi; regenerate it: ./mvnw -q package -DskipTests"
                        + " && cp target/openapi/openapi.yaml openapi.yaml")
                .isEqualTo(Files.readString(Contract.SPEC));
    }

    @Test
    void shouldDocumentEveryOperationWithSummaryTagAndProblemResponses() throws IOException {
        var spec = Files.readString(Contract.SPEC);
        var operations = spec.split("\n    (get|put|post|patch|delete):\n", -1);
        assertThat(operations.length).isGreaterThan(1);
        for (int i = 1; i < operations.length; i++) {
            var operation = operations[i];
            assertThat(operation).contains("summary:", "operationId:", "tags:", "\"500\":");
        }
    }
}
