package clinic.consult.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import clinic.consult.support.TestClock;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SlotCacheTest {

    private final TestClock clock = TestClock.fixedAt(Instant.parse("2026-11-23T17:00:00Z"));

    private final AtomicInteger computed = new AtomicInteger();
    /** The refreshes handed to the background, run when a test says so. */
    private final Queue<Runnable> refreshes = new ArrayDeque<>();

    private final SlotCache cache =
            new SlotCache(config(Duration.ofSeconds(1)), noTransaction(), clock, refreshes::add);
    private final SlotCache.Key key = new SlotCache.Key("tustin", "virtual-consultation", "2026-11-23/2026-12-06");

    private List<DaySlots> compute() {
        computed.incrementAndGet();
        return List.of(new DaySlots(LocalDate.of(2026, 11, 23), List.of()));
    }

    private void runRefreshes() {
        while (!refreshes.isEmpty()) {
            refreshes.poll().run();
        }
    }

    @Test
    void shouldServeAListAgainOnlyWithinItsMaximumAge() {
        cache.days(key, this::compute);
        clock.advance(Duration.ofMillis(499));
        cache.days(key, this::compute);
        assertThat(computed).hasValue(1);
        assertThat(refreshes).isEmpty();

        clock.advance(Duration.ofMillis(501));
        cache.days(key, this::compute);
        cache.days(new SlotCache.Key("seal-beach", "virtual-consultation", "2026-11-23/2026-12-06"), this::compute);
        assertThat(computed).hasValue(3);
    }

    @Test
    void shouldRefreshABusyListInTheBackgroundInItsSecondHalfWhileItIsServed() {
        var first = cache.days(key, this::compute);
        clock.advance(Duration.ofMillis(499));
        assertThat(cache.days(key, this::compute)).isSameAs(first);
        assertThat(refreshes).isEmpty();

        clock.advance(Duration.ofMillis(1));
        // the caller who finds it past half its age is served it, and so is everyone after, with one refresh queued
        assertThat(cache.days(key, this::compute)).isSameAs(first);
        assertThat(cache.days(key, this::compute)).isSameAs(first);
        assertThat(computed).hasValue(1);
        assertThat(refreshes).hasSize(1);

        runRefreshes();
        assertThat(computed).hasValue(2);
        var next = cache.days(key, this::compute);
        assertThat(next).isNotSameAs(first);
        // the refreshed list counts its age from its own computation
        clock.advance(Duration.ofMillis(499));
        assertThat(cache.days(key, this::compute)).isSameAs(next);
        assertThat(computed).hasValue(2);
        assertThat(refreshes).isEmpty();
    }

    @Test
    void shouldRefreshAgainAfterARefreshFailedAndLetTheCallerMeetTheFailureOnceTheListExpired() {
        var first = cache.days(key, this::compute);
        clock.advance(Duration.ofMillis(600));

        assertThat(cache.days(key, () -> {
                    throw new IllegalStateException("database away");
                }))
                .isSameAs(first);
        runRefreshes();
        // still served, and the next caller in its second half queues another refresh
        assertThat(cache.days(key, this::compute)).isSameAs(first);
        assertThat(refreshes).hasSize(1);
        refreshes.clear();

        clock.advance(Duration.ofMillis(400));
        assertThatThrownBy(() -> cache.days(key, () -> {
                    throw new IllegalStateException("database away");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(cache.days(key, this::compute)).isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void shouldQueueTheRefreshAgainWhenTheRefresherRefusedIt() {
        var refused = new AtomicInteger();
        var busy = new SlotCache(config(Duration.ofSeconds(1)), noTransaction(), clock, refresh -> {
            if (refused.getAndIncrement() == 0) {
                throw new RejectedExecutionException("full");
            }
            refreshes.add(refresh);
        });
        var first = busy.days(key, this::compute);
        clock.advance(Duration.ofMillis(500));

        assertThat(busy.days(key, this::compute)).isSameAs(first);
        assertThat(busy.days(key, this::compute)).isSameAs(first);
        assertThat(refused).hasValue(2);
        assertThat(refreshes).hasSize(1);
    }

    @Test
    void shouldNotKeepAListWhoseComputationBeganBeforeAChangeOfItsLocation() {
        // a caller computes while a booking through this instance commits: it is answered, the list is not kept
        var answered = cache.days(key, () -> {
            var days = compute();
            cache.forgetAfterCommit("tustin");
            return days;
        });
        assertThat(answered).hasSize(1);
        cache.days(key, this::compute);
        assertThat(computed).hasValue(2);

        // the same for a refresh that was under way
        clock.advance(Duration.ofMillis(500));
        cache.days(key, () -> {
            var days = compute();
            cache.forgetAfterCommit("tustin");
            return days;
        });
        runRefreshes();
        cache.days(key, this::compute);
        assertThat(computed).hasValue(4);

        // another location's change leaves the list alone
        clock.advance(Duration.ofMillis(500));
        cache.days(key, () -> {
            var days = compute();
            cache.forgetAfterCommit("seal-beach");
            return days;
        });
        runRefreshes();
        var refreshed = cache.days(key, this::compute);
        assertThat(cache.days(key, this::compute)).isSameAs(refreshed);
        assertThat(computed).hasValue(5);
    }

    @Test
    void shouldDropALocationsListsOnlyOnceTheChangeCommitted() {
        var synchronizations = new ArrayDeque<Synchronization>();
        var inTransaction =
                new SlotCache(config(Duration.ofSeconds(1)), transaction(synchronizations), clock, refreshes::add);
        var first = inTransaction.days(key, this::compute);

        inTransaction.forgetAfterCommit("tustin");
        assertThat(inTransaction.days(key, this::compute)).isSameAs(first);

        synchronizations.poll().afterCompletion(jakarta.transaction.Status.STATUS_COMMITTED);
        assertThat(inTransaction.days(key, this::compute)).isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void shouldComputeEveryTimeWhenTheAgeIsZero() {
        var uncached = new SlotCache(config(Duration.ZERO), noTransaction(), clock, refreshes::add);
        var any = new SlotCache.Key("tustin", "virtual-consultation", "any");

        uncached.days(any, this::compute);
        uncached.days(any, this::compute);

        assertThat(computed).hasValue(2);
    }

    private static TransactionSynchronizationRegistry noTransaction() {
        return transaction(null);
    }

    /** Inside a transaction whose synchronizations go to the queue; outside any with a null queue. */
    private static TransactionSynchronizationRegistry transaction(Queue<Synchronization> synchronizations) {
        return new TransactionSynchronizationRegistry() {
            @Override
            public Object getTransactionKey() {
                return synchronizations == null ? null : "transaction";
            }

            @Override
            public void putResource(Object key, Object value) {}

            @Override
            public Object getResource(Object key) {
                return null;
            }

            @Override
            public void registerInterposedSynchronization(Synchronization synchronization) {
                synchronizations.add(synchronization);
            }

            @Override
            public int getTransactionStatus() {
                return jakarta.transaction.Status.STATUS_ACTIVE;
            }

            @Override
            public void setRollbackOnly() {}

            @Override
            public boolean getRollbackOnly() {
                return false;
            }
        };
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
