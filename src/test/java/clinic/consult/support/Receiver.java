package clinic.consult.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A webhook receiver in the test JVM: a real HTTP server on loopback that keeps every request it got and answers each
 * as the test says (a status, a Retry-After), or is not there at all while stopped.
 */
public final class Receiver implements AutoCloseable {

    /** One request as it arrived: headers (lower-case names) and the raw body. */
    public record Request(Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** What the receiver answers. */
    public record Answer(int status, Map<String, String> headers) {

        public static Answer of(int status) {
            return new Answer(status, Map.of());
        }
    }

    private final int port;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Answer> answers = request -> Answer.of(204);
    private HttpServer server;

    private Receiver(int port) {
        this.port = port;
    }

    /** A receiver listening on a free loopback port. */
    public static Receiver start() {
        try (var probe = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var receiver = new Receiver(probe.getLocalPort());
            probe.close();
            receiver.up();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Listens (again) on its port. */
    public synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(
                            entry -> entry.getKey().toLowerCase(Locale.ROOT),
                            entry -> String.join(",", entry.getValue())));
            var request = new Request(headers, body);
            requests.add(request);
            var answer = answers.apply(request);
            answer.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
        });
        server.start();
    }

    /** Stops listening: connections are refused until {@link #up()}. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** From now on, every request is answered so. */
    public void answer(Function<Request, Answer> answers) {
        this.answers = answers;
    }

    public void answerAll(int status) {
        answer(request -> Answer.of(status));
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public void clear() {
        requests.clear();
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hooks/clinic";
    }

    @Override
    public void close() {
        down();
    }
}
