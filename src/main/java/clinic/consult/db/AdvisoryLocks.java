package clinic.consult.db;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/**
 * PostgreSQL advisory locks held until the current transaction ends: how this service serialises work on something
 * that is not a row yet (a person's identity, an invitee, a day of a schedule), across any number of instances.
 * Keys carry their feature's prefix ({@code lead-email:…}, {@code booking:…}) so they never meet by accident.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private final Sql sql;

    AdvisoryLocks(Sql sql) {
        this.sql = sql;
    }

    /**
     * Takes every key's lock in one round trip, in sorted order (PostgreSQL evaluates the select list left to right),
     * so two transactions locking overlapping sets never deadlock.
     */
    public void lock(Collection<String> keys) {
        var ordered = ordered(keys);
        sql.list(statement(ordered), row -> row.getInt(1), ordered.toArray());
    }

    /**
     * Takes one key's lock if no other transaction holds it, without waiting: for work that one instance at a time
     * does and the others may skip (the next run picks it up).
     */
    public boolean tryLock(String key) {
        return sql.first("select pg_try_advisory_xact_lock(hashtextextended(?, 7))", row -> row.getBoolean(1), key)
                .orElse(false);
    }

    private static List<String> ordered(Collection<String> keys) {
        return keys.stream().sorted().distinct().toList();
    }

    private static String statement(List<String> ordered) {
        var locks = new StringBuilder("select 1");
        for (int i = 0; i < ordered.size(); i++) {
            locks.append(", pg_advisory_xact_lock(hashtextextended(?, 7))");
        }
        return locks.toString();
    }
}
