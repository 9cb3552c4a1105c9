package clinic.consult.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The packaged production service ({@code target/quarkus-app/quarkus-run.jar}) as a process of its own, for the tests
 * failsafe runs after {@code package}: started with the settings an operator would give it, stopped with SIGTERM as
 * Kubernetes does, or killed as a lost node is.
 */
public final class PackagedService {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final Path log;
    private final Process process;

    private PackagedService(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts an instance on {@code port} (health and metrics on {@code port + 1000}) against the database at
     * {@code databasePort} and the SMTP server at {@code smtpPort}; {@code settings} are further environment
     * variables.
     */
    public static PackagedService start(
            int port, int databasePort, int smtpPort, Path logs, Map<String, String> settings) {
        var log = logs.resolve("instance-" + port + "-" + Instant.now().toEpochMilli() + ".log");
        var builder = new ProcessBuilder("java", "-Xmx384m", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(port + 1000));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + databasePort + "/postgres");
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                Path.of("src/test/resources/jwt/publicKey.pem").toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_ISSUER", "urn:clinic:consult:dev");
        env.put("MP_JWT_VERIFY_AUDIENCES", "consult-api");
        env.put("CONSULT_SIGNING_SECRET", "packaged-service-tests-only-0123456789abcdef");
        env.put("CONSULT_HTTP_RATE_LIMIT_ENABLED", "false");
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", String.valueOf(smtpPort));
        env.put("QUARKUS_MAILER_FROM", "Clinic <no-reply@clinic.example>");
        env.put("CONSULT_MAIL_PUBLIC_BASE_URL", "https://www.clinic.example");
        env.put("CONSULT_BRAND_NAME", "OC Clinic");
        env.put("CONSULT_CALENDAR_BASE_URL", "https://api.clinic.example");
        env.put("CONSULT_MAIL_CLINIC_INBOX", "frontdesk@clinic.example");
        env.put("CONSULT_MAIL_DELIVERY_POLL_EVERY", "1s");
        // the tests' webhook receivers listen on loopback
        env.put("CONSULT_WEBHOOKS_ALLOW_LOOPBACK", "true");
        env.put("CONSULT_WEBHOOKS_POLL_EVERY", "1s");
        env.putAll(settings);
        try {
            return new PackagedService(port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String managementUrl() {
        return "http://localhost:" + (port + 1000);
    }

    public PackagedService awaitReady() {
        awaitUntil(Duration.ofSeconds(90), () -> status(get(managementUrl() + "/q/health/ready")) == 200, "ready");
        return this;
    }

    /** SIGTERM, as Kubernetes stops a pod; waits for the process to end. */
    public int stop(Duration patience) {
        process.destroy();
        return waitForExit(patience);
    }

    /** SIGKILL: the process ends at once, mid-work. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(10));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The instance's log so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int waitForExit(Duration patience) {
        try {
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(
                        "instance on " + port + " did not stop within " + patience + " (log " + log + ")");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A JSON POST; the answer, or null when the instance could not be reached. */
    public static HttpResponse<String> post(String url, String json, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request.build());
    }

    public static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public static int status(HttpResponse<String> response) {
        return response == null ? 0 : response.statusCode();
    }

    public static Map<String, String> settings(String... keysAndValues) {
        var settings = new HashMap<String, String>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            settings.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return settings;
    }

    public static void awaitUntil(Duration limit, BooleanSupplier condition, String what) {
        var deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
