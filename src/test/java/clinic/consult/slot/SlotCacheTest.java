package clinic.consult.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import clinic.consult.support.TestClock;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SlotCacheTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final TestClock clock = TestClock.fixedAt(Instant.parse("2026-11-23T17:00:00Z"));
    private final Ticker ticker = clock;

    private final AtomicInteger computed = new AtomicInteger();
    /** What the next computation does; by default, a list of one day. */
    private Supplier<List<DaySlots>> next = this::compute;
    /** What the cache hands to the background (refreshes, its upkeep), run when a test says so. */
    private final Queue<Runnable> background = new ArrayDeque<>();

    private final SlotCache cache = cache(Duration.ofSeconds(1), noTransaction(), background::add);
    private final SlotCache.Key key = key("tustin");

    private SlotCache cache(Duration maxAge, TransactionSynchronizationRegistry transactions, Executor executor) {
        return new SlotCache(maxAge, ignored -> next.get(), transactions, executor, ticker);
    }

    private static SlotCache.Key key(String locationId) {
        return new SlotCache.Key(
                locationId, "virtual-consultation", new SlotService.DateRange(MONDAY, MONDAY.plusDays(13)));
    }

    private List<DaySlots> compute() {
        computed.incrementAndGet();
        return List.of(new DaySlots(MONDAY, List.of()));
    }

    private void runInBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    @Test
    void shouldServeAListAgainOnlyWithinItsMaximumAge() {
        cache.days(key);
        clock.advance(Duration.ofMillis(499));
        cache.days(key);
        runInBackground();
        assertThat(computed).hasValue(1);

        clock.advance(Duration.ofMillis(501));
        cache.days(key);
        cache.days(key("seal-beach"));
        assertThat(computed).hasValue(3);
    }

    @Test
    void shouldRefreshABusyListInTheBackgroundInItsSecondHalfWhileItIsServed() {
        var first = cache.days(key);
        clock.advance(Duration.ofMillis(500));
        assertThat(cache.days(key)).isSameAs(first);
        runInBackground();
        assertThat(computed).hasValue(1);

        clock.advance(Duration.ofMillis(1));
        // the caller who finds it past half its age is served it, and so is everyone after, with one refresh
        assertThat(cache.days(key)).isSameAs(first);
        assertThat(cache.days(key)).isSameAs(first);
        assertThat(computed).hasValue(1);

        runInBackground();
        assertThat(computed).hasValue(2);
        var refreshed = cache.days(key);
        assertThat(refreshed).isNotSameAs(first);
        // the refreshed list counts its age from its own computation
        clock.advance(Duration.ofMillis(500));
        assertThat(cache.days(key)).isSameAs(refreshed);
        runInBackground();
        assertThat(computed).hasValue(2);
    }

    @Test
    void shouldRefreshAgainAfterARefreshFailedAndLetTheCallerMeetTheFailureOnceTheListExpired() {
        var first = cache.days(key);
        clock.advance(Duration.ofMillis(600));
        next = () -> {
            throw new IllegalStateException("database away");
        };

        assertThat(cache.days(key)).isSameAs(first);
        runInBackground();
        // still served, and the next caller in its second half has it refreshed again
        next = this::compute;
        assertThat(cache.days(key)).isSameAs(first);
        runInBackground();
        assertThat(computed).hasValue(2);
        var refreshed = cache.days(key);
        assertThat(refreshed).isNotSameAs(first);

        clock.advance(Duration.ofSeconds(1));
        next = () -> {
            throw new IllegalStateException("database away");
        };
        assertThatThrownBy(() -> cache.days(key)).isInstanceOf(IllegalStateException.class);
        next = this::compute;
        assertThat(cache.days(key)).isNotSameAs(refreshed);
        assertThat(computed).hasValue(3);
    }

    @Test
    void shouldRefreshLaterWhenTheBackgroundRefusedIt() {
        var refusing = new boolean[] {true};
        var busy = cache(Duration.ofSeconds(1), noTransaction(), task -> {
            if (refusing[0]) {
                throw new RejectedExecutionException("full");
            }
            background.add(task);
        });
        var first = busy.days(key);
        clock.advance(Duration.ofMillis(501));

        assertThat(busy.days(key)).isSameAs(first);
        assertThat(computed).hasValue(1);

        refusing[0] = false;
        assertThat(busy.days(key)).isSameAs(first);
        runInBackground();
        assertThat(computed).hasValue(2);
        assertThat(busy.days(key)).isNotSameAs(first);
    }

    @Test
    void shouldNotKeepAListWhoseComputationBeganBeforeAChangeOfItsLocation() {
        // a caller computes while a booking through this instance commits: it is answered, the list is not kept
        next = () -> {
            var days = compute();
            cache.forgetAfterCommit("tustin");
            return days;
        };
        assertThat(cache.days(key)).hasSize(1);
        next = this::compute;
        cache.days(key);
        assertThat(computed).hasValue(2);

        // the same for a refresh that was under way
        clock.advance(Duration.ofMillis(501));
        next = () -> {
            var days = compute();
            cache.forgetAfterCommit("tustin");
            return days;
        };
        cache.days(key);
        runInBackground();
        next = this::compute;
        cache.days(key);
        assertThat(computed).hasValue(4);

        // another location's change leaves the list alone
        clock.advance(Duration.ofMillis(501));
        next = () -> {
            var days = compute();
            cache.forgetAfterCommit("seal-beach");
            return days;
        };
        cache.days(key);
        runInBackground();
        next = this::compute;
        var refreshed = cache.days(key);
        assertThat(cache.days(key)).isSameAs(refreshed);
        assertThat(computed).hasValue(5);
    }

    @Test
    void shouldDropALocationsListsOnlyOnceTheChangeCommitted() {
        var synchronizations = new ArrayDeque<Synchronization>();
        var inTransaction = cache(Duration.ofSeconds(1), transaction(synchronizations), background::add);
        var first = inTransaction.days(key);

        inTransaction.forgetAfterCommit("tustin");
        assertThat(inTransaction.days(key)).isSameAs(first);

        synchronizations.poll().afterCompletion(jakarta.transaction.Status.STATUS_COMMITTED);
        assertThat(inTransaction.days(key)).isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void shouldComputeEveryTimeWhenTheAgeIsZero() {
        var uncached = cache(Duration.ZERO, noTransaction(), background::add);

        uncached.days(key);
        uncached.days(key);

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
}
