package clinic.consult.slot;

import clinic.consult.schedule.ScheduleChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Slot lists computed in the last moment ({@code consult.booking.slots-cache-max-age}, 1 s by default), per instance.
 * Everyone opening the booking page asks for the same days; a list a second old is as good as one a second in
 * transit. It never decides a booking: holds and bookings always evaluate the rules afresh under their locks, so a
 * seat taken meanwhile is a 409 as it would be anyway. Changes made through this instance drop the lists at once.
 */
@ApplicationScoped
public class SlotCache {

    private static final int MAX_ENTRIES = 2_000;

    private final Duration maxAge;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    SlotCache(BookingConfig config, TransactionSynchronizationRegistry transactions, Clock clock) {
        this.maxAge = config.slotsCacheMaxAge();
        this.transactions = transactions;
        this.clock = clock;
    }

    record Key(String locationId, String typeId, Object range) {}

    /** A computed list; {@code refreshing} is set by the one caller that recomputes it in its second half-life. */
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
            // past half its age, one caller computes the next list while everyone else is still served this one: a
            // busy list is recomputed by one caller, not by all who ask once it expires (unless that computation
            // outlasts the list's remaining half-life), and nobody else waits for it
            if (!entry.computedAt().plus(maxAge.dividedBy(2)).isAfter(now)
                    && entry.refreshing().compareAndSet(false, true)) {
                try {
                    return store(key, compute.get(), now);
                } catch (RuntimeException e) {
                    entry.refreshing().set(false);
                    throw e;
                }
            }
            return entry.days();
        }
        return store(key, compute.get(), now);
    }

    private List<DaySlots> store(Key key, List<DaySlots> days, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(old -> !fresh(old.computedAt(), now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(now, days));
        return days;
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
        entries.keySet().removeIf(key -> key.locationId().equals(locationId));
    }

    /** Computed less than the maximum age ago; never when the clock has stepped back past it (NTP). */
    private boolean fresh(Instant computedAt, Instant now) {
        return computedAt.plus(maxAge).isAfter(now) && !computedAt.isAfter(now);
    }
}
