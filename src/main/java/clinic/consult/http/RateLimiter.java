package clinic.consult.http;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token bucket per client address for {@link RateLimited} operations. Limits are per instance: with N instances
 * behind a load balancer a client gets up to N times the configured rate (see README, "Rate limits").
 */
@ApplicationScoped
public class RateLimiter {

    private static final Duration IDLE = Duration.ofMinutes(10);

    private final HttpConfig.RateLimit config;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(HttpConfig config, Clock clock) {
        this.config = config.rateLimit();
        this.clock = clock;
    }

    /** Counts one request of a client, or throws when its budget is spent. */
    public void admit(String client) {
        if (!config.enabled()) {
            return;
        }
        var bucket = buckets.computeIfAbsent(client, key -> new Bucket(config.burst(), clock.millis()));
        long waitMillis = bucket.take(config.burst(), config.perMinute(), clock.millis());
        if (waitMillis > 0) {
            throw new TooManyRequestsException(Math.max(1, (waitMillis + 999) / 1000));
        }
    }

    @Scheduled(every = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdleClients() {
        long cutoff = clock.millis() - IDLE.toMillis();
        buckets.values().removeIf(bucket -> bucket.lastUsed() < cutoff);
    }

    static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.updatedAt = now;
        }

        /** Takes one token; returns 0 on success, else the milliseconds until a token is available. */
        synchronized long take(int burst, int perMinute, long now) {
            long wait = peek(burst, perMinute, now);
            if (wait == 0) {
                tokens -= 1;
            }
            return wait;
        }

        /** 0 when a token is there to take, else the milliseconds until one is; takes nothing. */
        synchronized long peek(int burst, int perMinute, long now) {
            double perMilli = perMinute / 60_000.0;
            // a wall clock may step back (NTP): that earns nothing, and must not cost the client a debt either
            tokens = Math.min(burst, tokens + Math.max(0, now - updatedAt) * perMilli);
            updatedAt = now;
            return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perMilli);
        }

        synchronized long lastUsed() {
            return updatedAt;
        }
    }
}
