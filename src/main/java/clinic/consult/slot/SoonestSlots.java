package clinic.consult.slot;

import clinic.consult.schedule.AppointmentType;
import clinic.consult.schedule.AppointmentTypeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

/**
 * Each location's soonest open slot of a consultation mode, for routing. Kept for a few seconds per instance
 * ({@code consult.booking.routing-snapshot-max-age}): routing only chooses where a request goes, and a consultation
 * request must not cost a month of availability queries for every location. Past half its age a snapshot is taken
 * again in the background while it is still used, so that consultation requests do not wait for it (nor all compute
 * it at once when it expires); only the first request after a quiet spell longer than the age takes it itself.
 */
@ApplicationScoped
public class SoonestSlots {

    private final BiFunction<AppointmentType.Mode, List<String>, Map<String, Optional<Instant>>> compute;
    private final Duration maxAge;
    private final Executor refresher;
    private final Clock clock;
    private final Map<AppointmentType.Mode, Snapshot> snapshots = new ConcurrentHashMap<>();

    @Inject
    SoonestSlots(
            SlotService availability,
            AppointmentTypeRepository types,
            BookingConfig config,
            Refresher refresher,
            Clock clock) {
        this(
                (mode, locationIds) -> soonest(availability, types, mode, locationIds),
                config.routingSnapshotMaxAge(),
                refresher,
                clock);
    }

    SoonestSlots(
            BiFunction<AppointmentType.Mode, List<String>, Map<String, Optional<Instant>>> compute,
            Duration maxAge,
            Executor refresher,
            Clock clock) {
        this.compute = compute;
        this.maxAge = maxAge;
        this.refresher = refresher;
        this.clock = clock;
    }

    /** The soonest slot start per location, empty where nothing is open within 31 days. */
    public Map<String, Optional<Instant>> of(AppointmentType.Mode mode, List<String> locationIds) {
        var now = clock.instant();
        var snapshot = snapshots.get(mode);
        if (snapshot == null
                || !snapshot.soonest().keySet().containsAll(locationIds)
                || !snapshot.takenAt().plus(maxAge).isAfter(now)
                || snapshot.takenAt().isAfter(now)) {
            snapshot = new Snapshot(now, compute.apply(mode, locationIds));
            snapshots.put(mode, snapshot);
            return snapshot.soonest();
        }
        if (!snapshot.takenAt().plus(maxAge.dividedBy(2)).isAfter(now)) {
            var covered = snapshot.soonest().keySet();
            Refresher.once(
                    refresher,
                    snapshot.refreshing(),
                    () -> snapshots.put(mode, new Snapshot(clock.instant(), compute.apply(mode, List.copyOf(covered)))),
                    mode);
        }
        return snapshot.soonest();
    }

    private static Map<String, Optional<Instant>> soonest(
            SlotService availability,
            AppointmentTypeRepository types,
            AppointmentType.Mode mode,
            List<String> locationIds) {
        var soonest = new HashMap<String, Optional<Instant>>();
        var type = types.find("mode", mode).firstResultOptional();
        if (type.isEmpty()) {
            locationIds.forEach(id -> soonest.put(id, Optional.empty()));
            return soonest;
        }
        soonest.putAll(availability.soonest(type.get().id, locationIds));
        return soonest;
    }

    private record Snapshot(Instant takenAt, Map<String, Optional<Instant>> soonest, AtomicBoolean refreshing) {

        Snapshot(Instant takenAt, Map<String, Optional<Instant>> soonest) {
            this(takenAt, Map.copyOf(soonest), new AtomicBoolean());
        }
    }
}
