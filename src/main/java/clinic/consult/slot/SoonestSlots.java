package clinic.consult.slot;

import clinic.consult.schedule.AppointmentType;
import clinic.consult.schedule.AppointmentTypeRepository;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * Each location's soonest open slot of a consultation mode, for routing. Kept for a few seconds per instance
 * ({@code consult.booking.routing-snapshot-max-age}) in a Caffeine cache: routing only chooses where a request goes,
 * and a consultation request must not cost a month of availability queries for every location. Past half its age
 * the figures are taken again in the background on the next request, which is answered with the ones there are
 * ({@code refreshAfterWrite}); only the first request after a quiet spell longer than the age takes them itself.
 */
@ApplicationScoped
public class SoonestSlots {

    private final BiFunction<AppointmentType.Mode, List<String>, Map<String, Optional<Instant>>> compute;
    private final LoadingCache<Key, Map<String, Optional<Instant>>> figures;

    @Inject
    SoonestSlots(
            SlotService slots,
            AppointmentTypeRepository types,
            BookingConfig config,
            Refresher refresher,
            Ticker ticker) {
        this(
                (mode, locationIds) -> soonest(slots, types, mode, locationIds),
                config.routingSnapshotMaxAge(),
                refresher,
                ticker);
    }

    SoonestSlots(
            BiFunction<AppointmentType.Mode, List<String>, Map<String, Optional<Instant>>> compute,
            Duration maxAge,
            Executor refresher,
            Ticker ticker) {
        this.compute = compute;
        this.figures = maxAge.isZero()
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(64)
                        .expireAfterWrite(maxAge)
                        .refreshAfterWrite(maxAge.dividedBy(2))
                        .executor(refresher)
                        .ticker(ticker)
                        .build(key -> Map.copyOf(compute.apply(key.mode(), key.locationIds())));
    }

    private record Key(AppointmentType.Mode mode, List<String> locationIds) {}

    /** The soonest slot start per location, empty where nothing is open within 31 days. */
    public Map<String, Optional<Instant>> of(AppointmentType.Mode mode, List<String> locationIds) {
        if (figures == null) {
            return compute.apply(mode, locationIds);
        }
        return figures.get(new Key(mode, locationIds.stream().sorted().toList()));
    }

    private static Map<String, Optional<Instant>> soonest(
            SlotService slots, AppointmentTypeRepository types, AppointmentType.Mode mode, List<String> locationIds) {
        var soonest = new HashMap<String, Optional<Instant>>();
        var type = types.find("mode", mode).firstResultOptional();
        if (type.isEmpty()) {
            locationIds.forEach(id -> soonest.put(id, Optional.empty()));
            return soonest;
        }
        soonest.putAll(slots.soonest(type.get().id, locationIds));
        return soonest;
    }
}
