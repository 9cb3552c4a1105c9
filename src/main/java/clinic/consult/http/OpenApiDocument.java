package clinic.consult.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@code openapi.yaml}, the contract's source, as it is, on the management interface: the build copies it to
 * {@code META-INF}, and {@code /q/openapi} answers its bytes, or the same document as JSON for {@code ?format=json}
 * or an {@code Accept} of JSON. Nothing is scanned from the code and nothing is parsed at start (a YAML document of
 * this size took a tenth of the service's start to prepare); the JSON form is made on its first request.
 */
@ApplicationScoped
public class OpenApiDocument {

    static final String PATH = "/q/openapi";
    private static final String RESOURCE = "META-INF/openapi.yaml";

    private volatile byte[] yaml;
    private volatile byte[] json;

    void register(@Observes ManagementInterface management) {
        management.router().get(PATH).blockingHandler(this::serve);
    }

    private void serve(RoutingContext routing) {
        var format = routing.request().getParam("format");
        var accept = routing.request().getHeader("Accept");
        var asJson = "json".equalsIgnoreCase(format)
                || (format == null && accept != null && accept.contains("json") && !accept.contains("yaml"));
        routing.response()
                .putHeader("Content-Type", asJson ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                .end(io.vertx.core.buffer.Buffer.buffer(asJson ? json() : yaml()));
    }

    private byte[] yaml() {
        var bytes = yaml;
        if (bytes == null) {
            try (var stream = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (stream == null) {
                    throw new IllegalStateException("Missing " + RESOURCE);
                }
                bytes = stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            yaml = bytes;
        }
        return bytes;
    }

    private byte[] json() {
        var bytes = json;
        if (bytes == null) {
            try {
                var document = new ObjectMapper(new YAMLFactory()).readTree(yaml());
                bytes = new ObjectMapper().writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            json = bytes;
        }
        return bytes;
    }
}
