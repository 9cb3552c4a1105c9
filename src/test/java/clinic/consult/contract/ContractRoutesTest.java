package clinic.consult.contract;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.http.RouteTable;
import clinic.consult.support.Contract;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The contract is written by hand, so nothing generates the routes from it: this test holds the two together. Every
 * operation in {@code openapi.yaml} is a route of the service and every route of the API is an operation.
 */
@QuarkusTest
class ContractRoutesTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    @Inject
    RouteTable routes;

    @Test
    void shouldHaveExactlyTheRoutesTheContractDocuments() throws IOException {
        var documented = new TreeMap<String, Set<String>>();
        var paths = new ObjectMapper(new YAMLFactory())
                .readTree(Contract.SPEC.toFile())
                .get("paths");
        paths.fieldNames().forEachRemaining(path -> {
            var methods = new TreeSet<String>();
            paths.get(path).fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    methods.add(method.toUpperCase(Locale.ROOT));
                }
            });
            documented.put(path, methods);
        });

        var served = new TreeMap<String, Set<String>>();
        routes.templates().forEach((template, methods) -> {
            if (template.startsWith("/api/") || template.startsWith("/s/")) {
                served.put(template, new TreeSet<>(methods));
            }
        });

        assertThat((Map<String, Set<String>>) served).isEqualTo(documented);
    }
}
