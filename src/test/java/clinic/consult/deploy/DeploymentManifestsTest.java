package clinic.consult.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.Management;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine or cluster runs here, so the deploy/ files are checked as data: every manifest parses, probes
 * point at paths this service answers, ports agree, every setting is one docs/CONFIGURATION.md documents, and no secret is
 * written in clear.
 */
@QuarkusTest
class DeploymentManifestsTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    private static final int SERVICE_PORT = 8080;
    private static final int MANAGEMENT_PORT = 9000;
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|PRIVATE).*");
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void shouldParseEveryManifestAndListEveryFileInTheKustomization() throws IOException {
        var kustomization = single(KUBERNETES.resolve("kustomization.yaml"));
        var listed = new HashSet<String>();
        kustomization.get("resources").forEach(resource -> listed.add(resource.asText()));
        try (var files = Files.list(KUBERNETES)) {
            var manifests = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
                    .filter(name -> !name.endsWith(".template.yaml"))
                    .toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(manifests);
        }
        for (var kind : List.of(
                "Namespace",
                "Deployment",
                "Service",
                "Ingress",
                "HorizontalPodAutoscaler",
                "PodDisruptionBudget",
                "NetworkPolicy",
                "ConfigMap",
                "Cluster")) {
            assertThat(kubernetes())
                    .as(kind)
                    .anyMatch(document -> kind.equals(document.path("kind").asText()));
        }
    }

    @Test
    void shouldProbePathsTheServiceAnswersOnTheManagementPort() throws IOException {
        var container = container();
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(SERVICE_PORT);
        assertThat(container.at("/ports/1/containerPort").asInt()).isEqualTo(MANAGEMENT_PORT);
        var managementName = container.at("/ports/1/name").asText();
        for (var probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            var get = container.path(probe).path("httpGet");
            assertThat(get.path("port").asText()).as(probe).isIn(managementName, String.valueOf(MANAGEMENT_PORT));
            var path = get.path("path").asText();
            assertThat(path).as(probe).startsWith("/q/health/");
            Management.request().get(path).then().statusCode(200);
            given().noFilters().get(path).then().statusCode(404);
        }
        var annotations = kind("Deployment").at("/spec/template/metadata/annotations");
        assertThat(annotations.path("prometheus.io/port").asText()).isEqualTo(String.valueOf(MANAGEMENT_PORT));
        Management.request()
                .get(annotations.path("prometheus.io/path").asText())
                .then()
                .statusCode(200);
        assertThat(container.at("/resources/requests/cpu").asText()).isNotEmpty();
        assertThat(container.at("/resources/requests/memory").asText()).isNotEmpty();
        assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true))
                .isFalse();

        var dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        assertThat(Pattern.compile("(?m)^FROM ").matcher(dockerfile).results().count())
                .as("multi-stage")
                .isGreaterThanOrEqualTo(2);
        assertThat(dockerfile)
                .contains("./mvnw")
                .contains("EXPOSE " + SERVICE_PORT + " " + MANAGEMENT_PORT)
                .contains("localhost:" + MANAGEMENT_PORT + "/q/health/ready")
                .containsPattern("(?m)^USER (?!root|0)");
    }

    @Test
    void shouldRunAtLeastTwoNonRootReplicasThatTheOtherObjectsFind() throws IOException {
        var deployment = kind("Deployment");
        assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(deployment
                        .at("/spec/template/spec/securityContext/runAsNonRoot")
                        .asBoolean())
                .isTrue();
        assertThat(deployment
                        .at("/spec/template/spec/terminationGracePeriodSeconds")
                        .asInt())
                .as("longer than the service's shutdown timeout (25 s)")
                .isGreaterThan(25);
        var name = deployment.at("/metadata/name").asText();
        var labels = deployment.at("/spec/template/metadata/labels");

        var service = kind("Service");
        assertThat(matches(service.at("/spec/selector"), labels)).isTrue();
        var servicePort = service.at("/spec/ports/0");
        assertThat(servicePort.path("targetPort").asText())
                .isEqualTo(container().at("/ports/0/name").asText());

        var backend = kind("Ingress").at("/spec/rules/0/http/paths/0/backend/service");
        assertThat(backend.path("name").asText())
                .isEqualTo(service.at("/metadata/name").asText());
        assertThat(backend.at("/port/name").asText())
                .isEqualTo(servicePort.path("name").asText());

        var hpa = kind("HorizontalPodAutoscaler");
        assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(name);
        assertThat(hpa.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(matches(kind("PodDisruptionBudget").at("/spec/selector/matchLabels"), labels))
                .isTrue();
        assertThat(matches(kind("NetworkPolicy").at("/spec/podSelector/matchLabels"), labels))
                .isTrue();
        assertThat(kind("NetworkPolicy").at("/spec/ingress/0/ports/0/port").asInt())
                .isEqualTo(SERVICE_PORT);
        assertThat(kind("NetworkPolicy").at("/spec/ingress/1/ports/0/port").asInt())
                .as("the scraper reaches the management port only")
                .isEqualTo(MANAGEMENT_PORT);
        assertThat(service.at("/spec/ports").size())
                .as("no Service exposes the management port")
                .isEqualTo(1);

        var cluster = kind("Cluster");
        assertThat(cluster.path("apiVersion").asText()).startsWith("postgresql.cnpg.io/");
        assertThat(cluster.at("/spec/instances").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(kind("ConfigMap").at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText())
                .startsWith("jdbc:postgresql://" + cluster.at("/metadata/name").asText() + "-rw:");
    }

    @Test
    void shouldUseOnlyDocumentedSettingsAndNoSecretInClear() throws IOException {
        var readme = Files.readString(Path.of("docs/CONFIGURATION.md"));
        var settings = new ArrayList<Setting>();
        kind("ConfigMap")
                .path("data")
                .fields()
                .forEachRemaining(f -> settings.add(new Setting(f.getKey(), f.getValue())));
        container()
                .path("env")
                .forEach(env -> settings.add(new Setting(env.path("name").asText(), env.path("value"))));
        single(DEPLOY.resolve("docker-compose.yml"))
                .at("/services/consult/environment")
                .fields()
                .forEachRemaining(f -> settings.add(new Setting(f.getKey(), f.getValue())));
        assertThat(settings).hasSizeGreaterThan(10);
        for (var setting : settings) {
            assertThat(readme)
                    .as("docs/CONFIGURATION.md documents %s", setting.name())
                    .contains("`" + setting.name() + "`");
            if (SECRET_NAME.matcher(setting.name()).matches()) {
                assertThat(setting.value().asText())
                        .as("%s comes from a secret or the environment", setting.name())
                        .matches("|\\$\\{[A-Z_]+(:\\?[^}]*)?}");
            }
        }
        var secret = single(KUBERNETES.resolve("secret.template.yaml"));
        assertThat(secret.path("data").isMissingNode()).isTrue();
        secret.path("stringData").elements().forEachRemaining(value -> assertThat(value.asText())
                .isEmpty());
        var compose = single(DEPLOY.resolve("docker-compose.yml"));
        assertThat(compose.at("/services/postgres/environment/POSTGRES_PASSWORD")
                        .asText())
                .startsWith("${");
        assertThat(compose.at("/services/postgres/image").asText()).startsWith("postgres:16");
        assertThat(compose.at("/services/consult/build/dockerfile").asText()).isEqualTo("deploy/Dockerfile");
    }

    private record Setting(String name, JsonNode value) {}

    private static boolean matches(JsonNode selector, JsonNode labels) {
        var fields = new ArrayList<String>();
        selector.fieldNames().forEachRemaining(fields::add);
        return !fields.isEmpty()
                && fields.stream().allMatch(field -> selector.path(field)
                        .asText()
                        .equals(labels.path(field).asText()));
    }

    private static JsonNode container() throws IOException {
        return kind("Deployment").at("/spec/template/spec/containers/0");
    }

    private static JsonNode kind(String kind) throws IOException {
        return kubernetes().stream()
                .filter(document -> kind.equals(document.path("kind").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in deploy/kubernetes"));
    }

    private static List<JsonNode> kubernetes() throws IOException {
        var documents = new ArrayList<JsonNode>();
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            for (var file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (var values = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                    while (values.hasNext()) {
                        documents.add((JsonNode) values.next());
                    }
                }
            }
        }
        return documents;
    }

    private static JsonNode single(Path file) throws IOException {
        return YAML.readTree(file.toFile());
    }
}
