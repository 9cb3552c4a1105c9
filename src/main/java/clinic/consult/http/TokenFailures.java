package clinic.consult.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong tokens per client: once a client has sent too many wrong manage, lead or calendar tokens, its wrong tokens
 * are answered 429 instead of 404 until its budget refills. A right token always works: calendar apps fetch many
 * feeds from one shared address, and someone who subscribes such an app to a few bogus URLs must not lock out every
 * feed it fetches. Tokens are 128 bits or more, so guessing is hopeless anyway; this keeps the attempts visible
 * ({@code consult_token_refusals_total}) and tells a guesser to slow down. Per instance, like the rate limits.
 */
@ApplicationScoped
public class TokenFailures {

    private static final Duration IDLE = Duration.ofMinutes(30);

    private final HttpConfig.TokenFailures config;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final ConcurrentHashMap<String, RateLimiter.Bucket> buckets = new ConcurrentHashMap<>();

    TokenFailures(HttpConfig config, MeterRegistry metrics, Clock clock) {
        this.config = config.tokenFailures();
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Runs an operation of a token's holder: a token that opens nothing (the operation's 404) counts against the
     * client's budget, and is a 429 once that is spent.
     */
    public <T> T counting(String client, String kind, java.util.function.Supplier<T> operation) {
        try {
            return operation.get();
        } catch (clinic.consult.problem.NotFoundException e) {
            failed(client, kind);
            throw e;
        }
    }

    /**
     * Counts a wrong token of a client; {@code kind} names the token for the metric ({@code manage}, {@code lead},
     * {@code calendar}). Returns when the client may be told the token opens nothing; throws the 429 once its budget
     * of wrong tokens is spent.
     */
    public void failed(String client, String kind) {
        metrics.counter("consult.token.refusals", "token", kind, "outcome", "wrong")
                .increment();
        var bucket = buckets.computeIfAbsent(client, key -> new RateLimiter.Bucket(config.burst(), clock.millis()));
        long wait = bucket.take(config.burst(), config.perMinute(), clock.millis());
        if (wait > 0) {
            metrics.counter("consult.token.refusals", "token", kind, "outcome", "locked_out")
                    .increment();
            throw new TooManyTokenFailuresException(Math.max(1, (wait + 999) / 1000));
        }
    }

    @Scheduled(every = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdleClients() {
        long cutoff = clock.millis() - IDLE.toMillis();
        buckets.values().removeIf(bucket -> bucket.lastUsed() < cutoff);
    }
}
