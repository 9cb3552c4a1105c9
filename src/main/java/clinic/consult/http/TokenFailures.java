package clinic.consult.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong tokens per client: a client that has sent too many wrong manage or lead tokens is refused (429) on every
 * operation that takes one, until its budget refills. Tokens are 128 bits or more, so guessing is hopeless anyway;
 * this keeps the attempts cheap for us and visible ({@code consult_token_refusals_total}). Per instance, like the
 * rate limits.
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

    /** Refuses a client whose budget of wrong tokens is spent. */
    public void check(String client) {
        var bucket = buckets.get(client);
        if (bucket == null) {
            return;
        }
        long wait = bucket.peek(config.burst(), config.perMinute(), clock.millis());
        if (wait > 0) {
            metrics.counter("consult.token.refusals", "token", "any", "outcome", "locked_out")
                    .increment();
            throw new TooManyTokenFailuresException(Math.max(1, (wait + 999) / 1000));
        }
    }

    /** Counts a wrong token of a client; {@code kind} names the token for the metric ({@code manage}, {@code lead}). */
    public void failed(String client, String kind) {
        metrics.counter("consult.token.refusals", "token", kind, "outcome", "wrong")
                .increment();
        buckets.computeIfAbsent(client, key -> new RateLimiter.Bucket(config.burst(), clock.millis()))
                .take(config.burst(), config.perMinute(), clock.millis());
    }

    @Scheduled(every = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdleClients() {
        long cutoff = clock.millis() - IDLE.toMillis();
        buckets.values().removeIf(bucket -> bucket.lastUsed() < cutoff);
    }
}
