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
 * leads, too much for every request at peak; the tie-break only spreads load, so while leads come in a background
 * job re-counts every few seconds and this instance adds the leads it routes in between. Instances do not share the
 * in-between part: with N instances the spread is a little less even for a few seconds, never wrong about where a
 * lead went.
 *
 * <p>An instance that routed no lead since the last count forgets the counts instead of counting again, so that a
 * quiet instance does not scan a week of leads for nobody. The first lead after a quiet spell counts in its request,
 * once: the requests that arrive meanwhile wait for that count rather than start one more scan each.
 */
@ApplicationScoped
class RecentLeadCounts {

    static final Duration WINDOW = Duration.ofDays(7);

    private final LeadRepository leads;
    private final DatabaseFaults faults;
    private final Clock clock;
    private volatile Map<String, Long> counts;
    /** Whether a lead was routed since the last count. */
    private volatile boolean asked;

    RecentLeadCounts(LeadRepository leads, DatabaseFaults faults, Clock clock) {
        this.leads = leads;
        this.faults = faults;
        this.clock = clock;
    }

    Map<String, Long> of(List<String> locationIds) {
        asked = true;
        var current = counts;
        if (current == null) {
            current = countedOnce();
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
        if (!asked) {
            counts = null;
            return;
        }
        asked = false;
        faults.runJob("lead-counts", () -> QuarkusTransaction.requiringNew().run(this::recount));
    }

    /** Whether the counts are held, for the next lead to use: false after a quiet spell, until a lead is routed. */
    boolean held() {
        return counts != null;
    }

    private synchronized Map<String, Long> countedOnce() {
        var current = counts;
        return current != null ? current : recount();
    }

    private synchronized Map<String, Long> recount() {
        var fresh = new ConcurrentHashMap<>(
                leads.countByLocationSince(clock.instant().minus(WINDOW)));
        counts = fresh;
        return fresh;
    }
}
