package clinic.consult.slot;

import clinic.consult.schedule.ScheduleChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Slot lists computed in the last moment ({@code consult.booking.slots-cache-max-age}, 1 s by default), per instance.
 * Everyone opening the booking page asks for the same days; a list a second old is as good as one a second in
 * transit. It never decides a booking: holds and bookings always evaluate the rules afresh under their locks, so a
 * seat taken meanwhile is a 409 as it would be anyway. Changes made through this instance drop the lists at once, and
 * a list whose computation began before such a change is never kept.
 *
 * <p>A list that is asked for is computed again in the background once it is past half its age, while it is still
 * served: a busy list is recomputed once per half-age by the refresher, and no answer waits for its computation. Only
 * a list nobody asked for in its second half (or one dropped by a change) is computed by the caller who asks next.
 */
@ApplicationScoped
public class SlotCache {

    private static final int MAX_ENTRIES = 2_000;

    private final Duration maxAge;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private final Executor refresher;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    // a location's generation goes up with every change through this instance: a list computed from what was there
    // before the change is not kept
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    @Inject
    SlotCache(BookingConfig config, TransactionSynchronizationRegistry transactions, Clock clock, Refresher refresher) {
        this(config, transactions, clock, (Executor) refresher);
    }

    SlotCache(BookingConfig config, TransactionSynchronizationRegistry transactions, Clock clock, Executor refresher) {
        this.maxAge = config.slotsCacheMaxAge();
        this.transactions = transactions;
        this.clock = clock;
        this.refresher = refresher;
    }

    record Key(String locationId, String typeId, Object range) {}

    /** A computed list; {@code refreshing} is set once its refresh is handed to the refresher. */
    private record Entry(Instant computedAt, List<DaySlots> days, AtomicBoolean refreshing) {

        Entry(Instant computedAt, List<DaySlots> days) {
            this(computedAt, days, new AtomicBoolean());
        }
    }

    List<DaySlots> days(Key key, Supplier<List<DaySlots>> compute) {
        if (maxAge.isZero()) {
            return compute.get();
        }
        var now = clock.instant();
        var entry = entries.get(key);
        if (entry != null && fresh(entry.computedAt(), now)) {
            if (!entry.computedAt().plus(maxAge.dividedBy(2)).isAfter(now)) {
                Refresher.once(refresher, entry.refreshing(), () -> computeAndKeep(key, compute, clock.instant()), key);
            }
            return entry.days();
        }
        return computeAndKeep(key, compute, now);
    }

    /** Computes a list and keeps it, unless a change of its location came while it was computed. */
    private List<DaySlots> computeAndKeep(Key key, Supplier<List<DaySlots>> compute, Instant now) {
        var generation = generation(key.locationId());
        var before = generation.get();
        var days = compute.get();
        if (generation.get() == before) {
            store(key, days, now);
        }
        return days;
    }

    private void store(Key key, List<DaySlots> days, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(old -> !fresh(old.computedAt(), now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(now, days));
    }

    void onScheduleChanged(@Observes ScheduleChanged change) {
        forgetAfterCommit(change.locationId());
    }

    /** Drops a location's lists once the current transaction has committed (or at once, outside one). */
    void forgetAfterCommit(String locationId) {
        if (transactions.getTransactionKey() == null) {
            forget(locationId);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                forget(locationId);
            }
        });
    }

    private void forget(String locationId) {
        generation(locationId).incrementAndGet();
        entries.keySet().removeIf(key -> key.locationId().equals(locationId));
    }

    private AtomicLong generation(String locationId) {
        return generations.computeIfAbsent(locationId, id -> new AtomicLong());
    }

    /** Computed less than the maximum age ago; never when the clock has stepped back past it (NTP). */
    private boolean fresh(Instant computedAt, Instant now) {
        return computedAt.plus(maxAge).isAfter(now) && !computedAt.isAfter(now);
    }
}
