package clinic.consult.contract;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.Contract;
import clinic.consult.support.Management;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The committed contract is exactly what the service serves. */
@QuarkusTest
class OpenApiContractTest {

    @BeforeEach
    void outsideTheContract() {
        // other test classes leave the contract filter installed; these endpoints are not in it
        Contract.none();
    }

    private static final Path SERVED = Path.of("target", "openapi-served.yaml");

    @Test
    void shouldServeExactlyTheCommittedContract() throws IOException {
        var served = Management.request()
                .accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        // kept for regeneration: after a deliberate API change, copy it over openapi.yaml (see README)
        Files.writeString(SERVED, served);
        assertThat(served)
                .as("openapi.yaml differs from /q/openapi; if the change is deliberate: cp %s openapi.yaml", SERVED)
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
