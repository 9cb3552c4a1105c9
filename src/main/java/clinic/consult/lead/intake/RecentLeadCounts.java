package clinic.consult.lead.intake;

import clinic.consult.db.DatabaseFaults;
import clinic.consult.lead.LeadRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Leads per location over the last 7 days, the routing tie-break. Counting them is a range scan over a week of
 * leads, too much for every request at peak; the tie-break only spreads load, so a background job re-counts every
 * few seconds and this instance adds the leads it routes in between. Requests never count (at peak, a request that
 * found the count stale used to start one more scan of the same week, all at once). Instances do not share the
 * in-between part: with N instances the spread is a little less even for a few seconds, never wrong about where a
 * lead went.
 */
@ApplicationScoped
class RecentLeadCounts {

    static final Duration WINDOW = Duration.ofDays(7);

    private final LeadRepository leads;
    private final DatabaseFaults faults;
    private final Clock clock;
    private volatile Map<String, Long> counts;

    RecentLeadCounts(LeadRepository leads, DatabaseFaults faults, Clock clock) {
        this.leads = leads;
        this.faults = faults;
        this.clock = clock;
    }

    Map<String, Long> of(List<String> locationIds) {
        var current = counts;
        if (current == null) {
            current = recount();
        }
        var known = current;
        return locationIds.stream().collect(Collectors.toMap(id -> id, id -> known.getOrDefault(id, 0L)));
    }

    void routedTo(String locationId) {
        var current = counts;
        if (current != null) {
            current.merge(locationId, 1L, Long::sum);
        }
    }

    @Scheduled(
            every = "5s",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not while the instance shuts down: the database pool may already be closed
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        faults.runJob("lead-counts", () -> QuarkusTransaction.requiringNew().run(this::recount));
    }

    private Map<String, Long> recount() {
        var fresh = new ConcurrentHashMap<>(
                leads.countByLocationSince(clock.instant().minus(WINDOW)));
        counts = fresh;
        return fresh;
    }
}
