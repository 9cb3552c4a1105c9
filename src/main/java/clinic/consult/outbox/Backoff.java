package clinic.consult.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** The wait before the next attempt: doubled after each failed one, up to a maximum, with jitter. */
public record Backoff(Duration initial, Duration max) {

    /** The wait after the n-th failed attempt: initial x 2^(n-1), at most the maximum, then 50-100% of that. */
    public Duration after(int attempts) {
        var full = initial.multipliedBy(1L << Math.min(Math.max(attempts, 1) - 1, 20));
        if (full.compareTo(max) > 0) {
            full = max;
        }
        var millis = full.toMillis();
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }
}
