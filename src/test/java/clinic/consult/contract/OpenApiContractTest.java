package clinic.consult.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import clinic.consult.problem.ProblemType;
import clinic.consult.support.Contract;
import clinic.consult.support.Management;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service serves {@code openapi.yaml} as it is: the file is the contract's only source. */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @BeforeEach
    void outsideTheContract() {
        // other test classes leave the contract filter installed; the management port is not in it
        Contract.none();
    }

    @Test
    void shouldServeTheCommittedContractAsItIs() throws IOException {
        var served = Management.request()
                .accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(differences("", YAML.readTree(Files.readString(Contract.SPEC)), YAML.readTree(served)))
                .isEmpty();
    }

    @Test
    void shouldServeTheSameContractAsJson() throws IOException {
        var served = Management.request()
                .accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(differences("", YAML.readTree(Files.readString(Contract.SPEC)), new ObjectMapper().readTree(served)))
                .isEmpty();
    }

    @Test
    void shouldOfferSwaggerUiOverTheServedContractOnTheManagementPort() {
        // dev and test modes include it; a production build does not unless quarkus.swagger-ui.always-include is set
        var page = Management.request()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
        assertThat(page).contains("swagger-ui");
        var initializer = Management.request()
                .get("/q/swagger-ui/index.html")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(initializer).contains("/q/openapi");
    }

    @Test
    void shouldNameEveryKindOfProblemTheServiceAnswers() throws IOException {
        var described = YAML.readTree(Files.readString(Contract.SPEC))
                .at("/components/schemas/Problem/properties/type/description")
                .asText();

        for (var type : ProblemType.values()) {
            var slug = type.uri().toString().substring("urn:clinic:consult:problem:".length());
            assertThat(described).as(type.name()).containsPattern("[ ,]" + slug + "[,.]");
        }
    }

    /** JSON pointers where the served document is not the committed one, to say where they differ. */
    private static List<String> differences(String at, JsonNode committed, JsonNode served) {
        if (committed.isObject() && served.isObject()) {
            var names = new TreeSet<String>();
            committed.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            var found = new ArrayList<String>();
            for (var name : names) {
                var path = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name) || !served.has(name)) {
                    found.add(path + (committed.has(name) ? " is not served" : " is served but not committed"));
                } else {
                    found.addAll(differences(path, committed.get(name), served.get(name)));
                }
            }
            return found;
        }
        // numbers compare by value: YAML and JSON parsers may pick different Java types for the same number
        if (committed.isNumber() && served.isNumber()) {
            return committed.decimalValue().compareTo(served.decimalValue()) == 0 ? List.of() : List.of(at);
        }
        if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
            var found = new ArrayList<String>();
            for (int i = 0; i < committed.size(); i++) {
                found.addAll(differences(at + "/" + i, committed.get(i), served.get(i)));
            }
            return found;
        }
        return committed.equals(served) ? List.of() : List.of(at + ": " + committed + " is served as " + served);
    }
}
