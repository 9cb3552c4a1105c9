package clinic.consult.appointment;

import clinic.consult.db.Sql;
import clinic.consult.slot.SlotRules;
import clinic.consult.slot.TakenTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The time booked appointments take: every status but cancelled, buffer included. */
@ApplicationScoped
class BookedTime implements TakenTime {

    private final Sql sql;

    BookedTime(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<SlotRules.Taken> overlapping(
            String locationId, String typeId, Instant from, Instant to, Instant now, Set<UUID> except) {
        return sql.list(
                "select start_at, blocks_until from appointments where location_id = ? and appointment_type_id = ?"
                        + " and status <> 'CANCELLED' and start_at > ? and start_at < ? and blocks_until > ?"
                        + " and id <> all(?)",
                row -> new SlotRules.Taken(Sql.instant(row, 1), Sql.instant(row, 2)),
                locationId,
                typeId,
                from.minus(LONGEST_CLAIM),
                to,
                from,
                except);
    }
}
