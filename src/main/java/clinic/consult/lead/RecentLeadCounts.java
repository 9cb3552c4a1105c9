package clinic.consult.lead;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Leads per location over the last 7 days, the routing tie-break. Counting them is a range scan over a week of
 * leads, too much for every request at peak; the tie-break only spreads load, so this instance re-counts every few
 * seconds and adds the leads it routes in between. Instances do not share the in-between part: with N instances the
 * spread is a little less even for a few seconds, never wrong about where a lead went.
 */
@ApplicationScoped
class RecentLeadCounts {

    static final Duration WINDOW = Duration.ofDays(7);
    private static final Duration RECOUNT_AFTER = Duration.ofSeconds(5);

    private final LeadRepository leads;
    private final Clock clock;
    private volatile Snapshot snapshot;

    RecentLeadCounts(LeadRepository leads, Clock clock) {
        this.leads = leads;
        this.clock = clock;
    }

    Map<String, Long> of(List<String> locationIds) {
        var counts = current().counts();
        return locationIds.stream().collect(Collectors.toMap(id -> id, id -> counts.getOrDefault(id, 0L)));
    }

    void routedTo(String locationId) {
        current().counts().merge(locationId, 1L, Long::sum);
    }

    private Snapshot current() {
        var now = clock.instant();
        var current = snapshot;
        if (current == null || current.takenAt().plus(RECOUNT_AFTER).isBefore(now)) {
            current = new Snapshot(now, new ConcurrentHashMap<>(leads.countByLocationSince(now.minus(WINDOW))));
            snapshot = current;
        }
        return current;
    }

    private record Snapshot(Instant takenAt, Map<String, Long> counts) {}
}
