package clinic.consult.lead;

import clinic.consult.db.AdvisoryLocks;
import clinic.consult.db.Sql;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<Lead, UUID> {

    private final Sql sql;
    private final AdvisoryLocks locks;

    LeadRepository(Sql sql, AdvisoryLocks locks) {
        this.sql = sql;
        this.locks = locks;
    }

    /**
     * The open lead a new submission of this normalised email or phone is a possible duplicate of: the newest open
     * lead that is not itself waiting as a possible duplicate, else the oldest open one. The person's locks (on their
     * email and on their phone) are taken first and held until the transaction ends, so one person's concurrent
     * submissions take turns across instances, and each sees the one before it.
     */
    public Optional<UUID> lockPersonAndFindTheirLead(String emailNormalized, String phone) {
        locks.lock(List.of("lead-email:" + emailNormalized, "lead-phone:" + phone));
        var candidates = sql.list(
                FIND_OPEN,
                row -> new OpenLead(Sql.uuid(row, 1), Sql.instant(row, 2), Sql.uuid(row, 3) != null),
                emailNormalized,
                phone);
        var byAge = Comparator.comparing(OpenLead::createdAt).thenComparing(OpenLead::id);
        return candidates.stream()
                .filter(candidate -> !candidate.waitingAsDuplicate())
                .max(byAge)
                .or(() -> candidates.stream().min(byAge))
                .map(OpenLead::id);
    }

    private record OpenLead(UUID id, Instant createdAt, boolean waitingAsDuplicate) {}

    // plain SQL: it runs on every consultation request, and the open statuses are literals so that PostgreSQL plans
    // one text once per connection
    private static final String FIND_OPEN =
            "select id, created_at, possible_duplicate_of from leads where (email_normalized = ? or phone = ?)"
                    + " and status in ("
                    + LeadStatus.OPEN.stream()
                            .map(status -> "'" + status.name() + "'")
                            .collect(Collectors.joining(", "))
                    + ")";

    /** A new lead and its first timeline entry; both are written at the commit, in the transaction's batches. */
    public void persistReceived(Lead lead, LeadEvent received) {
        persist(lead);
        getEntityManager().persist(received);
    }

    /** Leads received per location since a moment, spam left out. */
    public Map<String, Long> countByLocationSince(Instant since) {
        var counts = new HashMap<String, Long>();
        sql.list(
                        "select location_id, count(*) from leads where created_at >= ? and status <> ? group by"
                                + " location_id",
                        row -> Map.entry(row.getString(1), row.getLong(2)),
                        since,
                        LeadStatus.SPAM)
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** The submissions linked to a lead, as possible duplicates waiting for staff or as merged into it; oldest first. */
    public List<Lead> linkedTo(UUID leadId) {
        return list(
                "possibleDuplicateOf = ?1 or mergedInto = ?1",
                Sort.by("createdAt").and("id"),
                leadId);
    }

    /** Points the submissions waiting beside {@code from} at {@code to}, once {@code from} is merged into it. */
    public void relinkPossibleDuplicates(UUID from, UUID to) {
        update(
                "possibleDuplicateOf = ?1 where possibleDuplicateOf = ?2 and status <> ?3 and id <> ?1",
                to,
                from,
                LeadStatus.MERGED);
    }

    /** Leads closed before the cut-off whose personal data is still there, locked so instances share the work. */
    public List<UUID> lockClosedBefore(Instant cutoff, int limit) {
        return sql.list(
                "select id from leads where closed_at < ? and erased_at is null order by closed_at limit ?"
                        + " for update skip locked",
                row -> Sql.uuid(row, 1),
                cutoff,
                limit);
    }
}
