package clinic.consult.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An HTTP proxy in front of the service that checks every request and answer passing through against
 * {@code openapi.yaml}, and notes which operation each one was. A client under test talks to the proxy; what does
 * not honour the contract is collected in {@link #violations()}, whoever sent it.
 */
public final class ValidatingProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP =
            Set.of("connection", "content-length", "host", "keep-alive", "transfer-encoding", "upgrade", "expect");

    private final HttpServer server;
    private final HttpClient upstream = HttpClient.newHttpClient();
    private final URI target;
    private final OpenApiInteractionValidator validator;
    private final Map<Pattern, Map<String, String>> operations = new LinkedHashMap<>();
    private final Set<String> called = Collections.synchronizedSet(new TreeSet<>());
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

    private ValidatingProxy(URI target) throws IOException {
        this.target = target;
        this.validator = Contract.validator();
        readOperations();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    /** A proxy to the service at {@code target} (scheme, host and port). */
    public static ValidatingProxy to(URI target) {
        try {
            return new ValidatingProxy(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every operationId in the contract. */
    public Set<String> operationIds() {
        var ids = new TreeSet<String>();
        operations.values().forEach(byMethod -> ids.addAll(byMethod.values()));
        return ids;
    }

    /** The operationIds of the requests that went through. */
    public Set<String> called() {
        synchronized (called) {
            return new TreeSet<>(called);
        }
    }

    public List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            var method = exchange.getRequestMethod();
            var uri = exchange.getRequestURI();
            var body = exchange.getRequestBody().readAllBytes();
            var outgoing = HttpRequest.newBuilder(target.resolve(
                            uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
                    .method(
                            method,
                            body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            var request = new SimpleRequest.Builder(method, uri.getRawPath());
            if (uri.getRawQuery() != null) {
                for (var pair : uri.getRawQuery().split("&")) {
                    var parts = pair.split("=", 2);
                    request.withQueryParam(decode(parts[0]), parts.length == 2 ? decode(parts[1]) : "");
                }
            }
            exchange.getRequestHeaders().forEach((name, values) -> {
                request.withHeader(name, values);
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> outgoing.header(name, value));
                }
            });
            if (body.length > 0) {
                request.withBody(new String(body, StandardCharsets.UTF_8));
            }
            HttpResponse<byte[]> answer;
            try {
                answer = upstream.send(outgoing.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            var response = SimpleResponse.Builder.status(answer.statusCode());
            answer.headers().map().forEach((name, values) -> {
                response.withHeader(name, values);
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    values.forEach(value -> exchange.getResponseHeaders().add(name, value));
                }
            });
            if (answer.body().length > 0) {
                response.withBody(new String(answer.body(), StandardCharsets.UTF_8));
            }
            note(method, uri.getRawPath(), request.build(), response.build(), answer.statusCode());
            if (answer.statusCode() == 204 || answer.body().length == 0) {
                exchange.sendResponseHeaders(answer.statusCode(), -1);
            } else {
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length);
                exchange.getResponseBody().write(answer.body());
            }
        }
    }

    private void note(String method, String path, Request request, SimpleResponse response, int status) {
        operationOf(method, path)
                .ifPresentOrElse(
                        called::add,
                        () -> violations.add(method + " " + path + " is not an operation of the contract"));
        var report = validator.validate(request, response);
        if (report.hasErrors()) {
            violations.add(method + " " + path + " -> " + status + ": " + report.getMessages());
        }
    }

    private java.util.Optional<String> operationOf(String method, String path) {
        for (var operation : operations.entrySet()) {
            if (operation.getKey().matcher(path).matches()) {
                var id = operation.getValue().get(method.toLowerCase(Locale.ROOT));
                if (id != null) {
                    return java.util.Optional.of(id);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private void readOperations() throws IOException {
        var paths = new ObjectMapper(new YAMLFactory())
                .readTree(Contract.SPEC.toFile())
                .get("paths");
        paths.fieldNames().forEachRemaining(template -> {
            var byMethod = new LinkedHashMap<String, String>();
            paths.get(template).fields().forEachRemaining(method -> {
                if (method.getValue().has("operationId")) {
                    byMethod.put(
                            method.getKey(),
                            method.getValue().get("operationId").asText());
                }
            });
            var regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            operations.put(Pattern.compile(regex), byMethod);
        });
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
