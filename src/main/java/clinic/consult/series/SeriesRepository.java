package clinic.consult.series;

import clinic.consult.db.Sql;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class SeriesRepository implements PanacheRepositoryBase<TreatmentSeries, UUID> {

    private final Sql sql;

    SeriesRepository(Sql sql) {
        this.sql = sql;
    }

    /** Completed series whose follow-up is due, locked; rows another instance holds are skipped. */
    List<UUID> lockDueFollowUps(Instant now, int limit) {
        return sql.list(
                "select id from treatment_series where follow_up_due_at <= ? and status = 'COMPLETED'"
                        + " order by follow_up_due_at limit ? for update skip locked",
                row -> Sql.uuid(row, 1),
                now,
                limit);
    }

    List<TreatmentSeries> ofLead(UUID leadId) {
        return list("leadId", leadId);
    }

    /** The lead's series under way, if any. */
    Optional<TreatmentSeries> bookedOf(UUID leadId) {
        return find("leadId = ?1 and status = ?2", leadId, SeriesStatus.BOOKED).firstResultOptional();
    }

    boolean hasCompleted(UUID leadId) {
        return count("leadId = ?1 and status = ?2", leadId, SeriesStatus.COMPLETED) > 0;
    }
}
