package clinic.consult.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        now = now.plusMillis(499);
        cache.days(key, this::compute);
        assertThat(computed).hasValue(1);

        now = now.plusMillis(501);
        cache.days(key, this::compute);
        cache.days(new SlotCache.Key("seal-beach", "virtual-consultation", "2026-11-23/2026-12-06"), this::compute);
        assertThat(computed).hasValue(3);
    }

    @Test
    void shouldLetOneCallerRecomputeABusyListInItsSecondHalfWhileTheOthersAreServedTheOneTheyHave() {
        var cache = new SlotCache(config(Duration.ofSeconds(1)), null, clock);
        var key = new SlotCache.Key("tustin", "virtual-consultation", "2026-11-23/2026-12-06");
        var first = cache.days(key, this::compute);
        now = now.plusMillis(499);
        assertThat(cache.days(key, this::compute)).isSameAs(first);
        assertThat(computed).hasValue(1);

        now = now.plusMillis(1);
        var servedMeanwhile = new java.util.ArrayList<List<DaySlots>>();
        var next = cache.days(key, () -> {
            // another caller while this one computes: served the list there is, computing nothing
            servedMeanwhile.add(cache.days(key, this::compute));
            return compute();
        });

        assertThat(servedMeanwhile).containsExactly(first);
        assertThat(next).isNotSameAs(first);
        assertThat(computed).hasValue(2);
        now = now.plusMillis(499);
        assertThat(cache.days(key, this::compute)).isSameAs(next);
        assertThat(computed).hasValue(2);
    }

    @Test
    void shouldLetTheNextCallerRecomputeWhenARefreshFailed() {
        var cache = new SlotCache(config(Duration.ofSeconds(1)), null, clock);
        var key = new SlotCache.Key("tustin", "virtual-consultation", "2026-11-23/2026-12-06");
        var first = cache.days(key, this::compute);
        now = now.plusMillis(600);

        assertThatThrownBy(() -> cache.days(key, () -> {
                    throw new IllegalStateException("database away");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(cache.days(key, this::compute)).isNotSameAs(first);
        assertThat(computed).hasValue(2);
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
