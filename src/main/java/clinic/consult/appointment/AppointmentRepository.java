package clinic.consult.appointment;

import clinic.consult.db.Sql;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AppointmentRepository implements PanacheRepositoryBase<Appointment, UUID> {

    private final Sql sql;

    AppointmentRepository(Sql sql) {
        this.sql = sql;
    }

    Optional<Appointment> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Booked appointments whose reminder is due and which have not started, locked; rows another instance holds are
     * skipped.
     */
    List<UUID> lockDueReminders(Instant now, int limit) {
        return sql.list(
                "select id from appointments where reminder_due_at <= ? and status = 'BOOKED' and start_at > ?"
                        + " order by reminder_due_at limit ? for update skip locked",
                row -> Sql.uuid(row, 1),
                now,
                now,
                limit);
    }

    /** Every appointment of a lead, locked, oldest start first. */
    List<Appointment> ofLead(UUID leadId) {
        return find("leadId = ?1 order by startAt, id", leadId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** The lead's next booked consultation, if it has one ahead. */
    java.util.Optional<Appointment> nextConsultation(UUID leadId, Instant now) {
        return find(
                        "leadId = ?1 and status = ?2 and startAt > ?3 and seriesId is null order by startAt",
                        leadId,
                        AppointmentStatus.BOOKED,
                        now)
                .firstResultOptional();
    }

    boolean hasAnotherUpcoming(UUID leadId, UUID except, Instant now) {
        return count(
                        "leadId = ?1 and id <> ?2 and status = ?3 and startAt > ?4 and seriesId is null",
                        leadId,
                        except,
                        AppointmentStatus.BOOKED,
                        now)
                > 0;
    }

    /** A location's appointments starting in [from, to), in order; all statuses unless some are given. */
    List<Appointment> at(String locationId, Instant from, Instant to, List<AppointmentStatus> statuses) {
        if (statuses.isEmpty()) {
            return list(
                    "locationId = ?1 and startAt >= ?2 and startAt < ?3 order by startAt, id", locationId, from, to);
        }
        return list(
                "locationId = ?1 and startAt >= ?2 and startAt < ?3 and status in ?4 order by startAt, id",
                locationId,
                from,
                to,
                statuses);
    }
}
