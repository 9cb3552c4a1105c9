package clinic.consult.slot;

import clinic.consult.schedule.AppointmentType;
import clinic.consult.schedule.AppointmentTypeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each location's soonest open slot of a consultation mode, for routing. Kept for a few seconds per instance
 * ({@code consult.booking.routing-snapshot-max-age}): routing only chooses where a request goes, and a consultation
 * request must not cost a month of availability queries for every location.
 */
@ApplicationScoped
public class SoonestSlots {

    private final AvailabilityService availability;
    private final AppointmentTypeRepository types;
    private final BookingConfig config;
    private final Clock clock;
    private final Map<AppointmentType.Mode, Snapshot> snapshots = new ConcurrentHashMap<>();

    SoonestSlots(AvailabilityService availability, AppointmentTypeRepository types, BookingConfig config, Clock clock) {
        this.availability = availability;
        this.types = types;
        this.config = config;
        this.clock = clock;
    }

    /** The soonest slot start per location, empty where nothing is open within 31 days. */
    public Map<String, Optional<Instant>> of(AppointmentType.Mode mode, List<String> locationIds) {
        var now = clock.instant();
        var snapshot = snapshots.get(mode);
        if (snapshot == null
                || !snapshot.takenAt().plus(config.routingSnapshotMaxAge()).isAfter(now)
                || snapshot.takenAt().isAfter(now)
                || !snapshot.soonest().keySet().containsAll(locationIds)) {
            snapshot = new Snapshot(now, soonest(mode, locationIds));
            snapshots.put(mode, snapshot);
        }
        return snapshot.soonest();
    }

    private Map<String, Optional<Instant>> soonest(AppointmentType.Mode mode, List<String> locationIds) {
        var soonest = new HashMap<String, Optional<Instant>>();
        var type = types.find("mode", mode).firstResultOptional();
        if (type.isEmpty()) {
            locationIds.forEach(id -> soonest.put(id, Optional.empty()));
            return soonest;
        }
        soonest.putAll(availability.soonest(type.get().id, locationIds));
        return soonest;
    }

    private record Snapshot(Instant takenAt, Map<String, Optional<Instant>> soonest) {}
}
