package clinic.consult.hold;

import clinic.consult.db.Sql;
import clinic.consult.slot.SlotRules;
import clinic.consult.slot.TakenTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The time live holds take, buffer included: neither released nor expired. An expired hold stops counting by the
 * time comparison itself, so nothing has to delete it first.
 */
@ApplicationScoped
class HeldTime implements TakenTime {

    private final Sql sql;

    HeldTime(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<SlotRules.Taken> overlapping(
            String locationId, String typeId, Instant from, Instant to, Instant now, Set<UUID> except) {
        return sql.list(
                "select start_at, blocks_until from holds where location_id = ? and appointment_type_id = ?"
                        + " and released_at is null and expires_at > ? and start_at > ? and start_at < ?"
                        + " and blocks_until > ? and id <> all(?)",
                row -> new SlotRules.Taken(Sql.instant(row, 1), Sql.instant(row, 2)),
                locationId,
                typeId,
                now,
                from.minus(LONGEST_CLAIM),
                to,
                from,
                except);
    }
}
