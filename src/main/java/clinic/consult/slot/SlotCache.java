package clinic.consult.slot;

import clinic.consult.schedule.ScheduleChanged;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Slot lists computed in the last moment ({@code consult.booking.slots-cache-max-age}, 1 s by default), per instance,
 * in a Caffeine cache. Everyone opening the booking page asks for the same days; a list a second old is as good as
 * one a second in transit. It never decides a booking: holds and bookings evaluate the rules afresh under their locks
 * ({@link SeatClaims}), so a seat taken meanwhile is a 409 as it would be anyway.
 *
 * <p>A list past half its age is computed again in the background on its next request, while it is still served
 * (Caffeine's {@code refreshAfterWrite}), so no answer waits for a busy list. Changes made through this instance drop
 * the location's lists once they commit, and a list whose computation began before such a change is not kept.
 */
@ApplicationScoped
public class SlotCache {

    private static final int MAX_ENTRIES = 2_000;

    private final Function<Key, List<DaySlots>> compute;
    private final LoadingCache<Key, List<DaySlots>> lists;
    private final TransactionSynchronizationRegistry transactions;
    // a location's generation goes up with every change through this instance
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    @Inject
    SlotCache(
            BookingConfig config,
            SlotLists lists,
            TransactionSynchronizationRegistry transactions,
            Refresher refresher,
            Ticker ticker) {
        this(config.slotsCacheMaxAge(), lists::compute, transactions, refresher, ticker);
    }

    SlotCache(
            Duration maxAge,
            Function<Key, List<DaySlots>> compute,
            TransactionSynchronizationRegistry transactions,
            Executor refresher,
            Ticker ticker) {
        this.compute = compute;
        this.transactions = transactions;
        this.lists = maxAge.isZero()
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(MAX_ENTRIES)
                        .expireAfterWrite(maxAge)
                        .refreshAfterWrite(maxAge.dividedBy(2))
                        .executor(refresher)
                        .ticker(ticker)
                        .build(compute::apply);
    }

    /** One location's slots of a type over a range of its local dates. */
    record Key(String locationId, String typeId, SlotService.DateRange range) {}

    List<DaySlots> days(Key key) {
        if (lists == null) {
            return compute.apply(key);
        }
        var generation = generation(key.locationId());
        var before = generation.get();
        var days = lists.get(key);
        if (generation.get() != before) {
            // computed, or being computed, from what was there before a change of its location
            lists.invalidate(key);
        }
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
        generation(locationId).incrementAndGet();
        if (lists != null) {
            lists.invalidateAll(lists.asMap().keySet().stream()
                    .filter(key -> key.locationId().equals(locationId))
                    .toList());
        }
    }

    private AtomicLong generation(String locationId) {
        return generations.computeIfAbsent(locationId, id -> new AtomicLong());
    }
}
