package clinic.consult.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SlotCacheTest {

    private Instant now = Instant.parse("2026-11-23T17:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private final AtomicInteger computed = new AtomicInteger();

    private List<DaySlots> compute() {
        computed.incrementAndGet();
        return List.of(new DaySlots(LocalDate.of(2026, 11, 23), List.of()));
    }

    @Test
    void shouldServeAListAgainOnlyWithinItsMaximumAge() {
        var cache = new SlotCache(config(Duration.ofSeconds(1)), null, clock);
        var key = new SlotCache.Key("tustin", "virtual-consultation", "2026-11-23/2026-12-06");

        cache.days(key, this::compute);
        now = now.plusMillis(999);
        cache.days(key, this::compute);
        assertThat(computed).hasValue(1);

        now = now.plusMillis(1);
        cache.days(key, this::compute);
        cache.days(new SlotCache.Key("seal-beach", "virtual-consultation", "2026-11-23/2026-12-06"), this::compute);
        assertThat(computed).hasValue(3);
    }

    @Test
    void shouldComputeEveryTimeWhenTheAgeIsZero() {
        var cache = new SlotCache(config(Duration.ZERO), null, clock);
        var key = new SlotCache.Key("tustin", "virtual-consultation", "any");

        cache.days(key, this::compute);
        cache.days(key, this::compute);

        assertThat(computed).hasValue(2);
    }

    private static BookingConfig config(Duration slotsCacheMaxAge) {
        return new BookingConfig() {
            @Override
            public Duration holdFor() {
                return Duration.ofMinutes(10);
            }

            @Override
            public int holdsPerClient() {
                return 3;
            }

            @Override
            public int holdsPerClientAndDay() {
                return 2;
            }

            @Override
            public Duration slotsCacheMaxAge() {
                return slotsCacheMaxAge;
            }

            @Override
            public Duration routingSnapshotMaxAge() {
                return Duration.ofSeconds(5);
            }
        };
    }
}
