package clinic.consult.outbox;

import clinic.consult.db.Sql;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The lease columns every outbox table has ({@code status}, {@code next_attempt_at}, {@code attempts},
 * {@code last_attempt_at}, {@code claim_token}), and the two statements that are the same on each: renewing a lease
 * and giving rows back. Claiming is each outbox's own (what waits for what differs).
 */
public final class LeasedTable {

    private final Sql sql;
    private final String renew;
    private final String release;

    /** @param table the outbox table, a constant of the caller's (never input) */
    public LeasedTable(Sql sql, String table) {
        this.sql = sql;
        this.renew = "update " + table + " set next_attempt_at = ? where claim_token = ? and status = 'PENDING'"
                + " and id = any(?) returning id";
        this.release = "update " + table + " set next_attempt_at = last_attempt_at, attempts = attempts - 1,"
                + " claim_token = null where claim_token = ? and status = 'PENDING' and id = any(?)";
    }

    /** Pushes the lease of rows this worker still holds further ahead; returns those it still holds. */
    public List<UUID> renew(Collection<UUID> ids, UUID token, Instant leaseUntil) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list(renew, row -> Sql.uuid(row, 1), leaseUntil, token, ids);
    }

    /** Rows this worker will not work on after all: due again at once, the attempt not counted. */
    public void release(Collection<UUID> ids, UUID token) {
        if (!ids.isEmpty()) {
            sql.update(release, token, ids);
        }
    }
}
