package clinic.consult.support;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The service's clock in tests: the real time unless a test fixes it ({@link #fixAt}, then {@link #advance}), and the
 * real time again after {@link #reset}. Replaces the production clock for every {@code @QuarkusTest}; a unit test makes
 * its own ({@link #fixedAt}). It is the caches' ticker too, so that their entries age with it.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock implements Ticker {

    private volatile Instant fixed;

    /** A clock of a unit test's own, fixed at an instant. */
    public static TestClock fixedAt(Instant instant) {
        var clock = new TestClock();
        clock.fixAt(instant);
        return clock;
    }

    public void fixAt(Instant instant) {
        fixed = instant;
    }

    /** Moves a fixed clock on (the real time is the start when it is not fixed). */
    public void advance(Duration by) {
        fixed = instant().plus(by);
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        var now = fixed;
        return now != null ? now : Instant.now();
    }

    @Override
    public long read() {
        return ChronoUnit.NANOS.between(Instant.EPOCH, instant());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
