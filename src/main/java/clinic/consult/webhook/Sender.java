package clinic.consult.webhook;

import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * POSTs one webhook and answers its status code, how long the receiver took, and its {@code Retry-After}. The name is
 * resolved and checked first ({@link SsrfGuard#resolve}) and the connection goes to the checked address; redirects are
 * not followed; the receiver's body is never kept (at most 16 KiB of it is read past before the connection closes);
 * the whole exchange, from connecting to the answer's last byte, ends within the time-out.
 */
// created at start, on the main thread, with a client of its own
@Startup
@ApplicationScoped
class Sender {

    private static final String USER_AGENT = "clinic-consult-webhooks/1";
    private static final int BODY_LIMIT = 16 * 1024;

    private final Vertx vertx;
    private final HttpClient client;
    private final WebhookConfig config;

    Sender(Vertx vertx, WebhookConfig config) {
        this.vertx = vertx;
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(false)
                .setConnectTimeout(
                        (int) Math.min(Integer.MAX_VALUE, config.timeout().toMillis()))
                .setVerifyHost(true)
                .setForceSni(true));
    }

    /** What a receiver answered. */
    record Answer(int status, Duration took, Optional<Instant> retryAfter) {}

    /**
     * @throws SsrfGuard.RefusedAddressException when the URL may not be called now
     * @throws java.util.concurrent.CompletionException when the receiver did not answer in time or the connection
     *     failed
     */
    Answer post(URI url, Map<String, String> headers, String body, Instant now) {
        var address = SsrfGuard.resolve(url, config.allowLoopback());
        var https = url.getScheme().equalsIgnoreCase("https");
        int port = url.getPort() > 0 ? url.getPort() : https ? 443 : 80;
        var path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        var options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setHost(url.getHost())
                .setPort(port)
                .setURI(path)
                .setSsl(https)
                .setFollowRedirects(false)
                .setTimeout(config.timeout().toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", USER_AGENT);
        headers.forEach(options::putHeader);
        var started = System.nanoTime();
        var answered = new CompletableFuture<Answer>();
        var exchange = new AtomicReference<HttpClientRequest>();
        // one deadline for the whole exchange, the receiver's body included: a receiver that drips its answer a byte
        // at a time never lets an idle time-out run out, so at the deadline the connection is closed, wherever it is
        long deadline = vertx.setTimer(config.timeout().toMillis(), ignored -> {
            answered.completeExceptionally(new TimeoutException());
            var request = exchange.get();
            if (request != null) {
                request.reset();
            }
        });
        client.request(options)
                .compose(request -> {
                    exchange.set(request);
                    return request.send(Buffer.buffer(body));
                })
                .onSuccess(response -> {
                    var took = Duration.ofNanos(System.nanoTime() - started);
                    answered.complete(new Answer(
                            response.statusCode(), took, retryAfter(response.getHeader("retry-after"), now)));
                    // the body is the receiver's business: read past and dropped, and the connection closed once it
                    // runs past a small limit or the deadline
                    var read = new long[1];
                    try {
                        response.exceptionHandler(ignored -> {});
                        response.endHandler(ignored -> vertx.cancelTimer(deadline));
                        response.handler(chunk -> {
                            read[0] += chunk.length();
                            if (read[0] > BODY_LIMIT) {
                                vertx.cancelTimer(deadline);
                                response.request().connection().close();
                            }
                        });
                    } catch (IllegalStateException ended) {
                        // the answer had no body, or all of it came with the headers: nothing more to drop
                        vertx.cancelTimer(deadline);
                    }
                })
                .onFailure(failure -> {
                    vertx.cancelTimer(deadline);
                    answered.completeExceptionally(failure);
                });
        try {
            return answered.get(config.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new java.util.concurrent.CompletionException(e.getCause());
        } catch (TimeoutException e) {
            throw new java.util.concurrent.CompletionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    /** {@code Retry-After} as seconds or as an HTTP date; nothing when absent or unreadable. */
    static Optional<Instant> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        var text = value.strip();
        if (text.chars().allMatch(Character::isDigit) && text.length() <= 9) {
            return Optional.of(now.plusSeconds(Long.parseLong(text)));
        }
        try {
            return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
