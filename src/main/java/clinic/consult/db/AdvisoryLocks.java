package clinic.consult.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import org.hibernate.Session;

/**
 * PostgreSQL advisory locks held until the current transaction ends: how this service serialises work on something
 * that is not a row yet (a person's identity, an invitee, a day of a schedule), across any number of instances.
 * Keys carry their feature's prefix ({@code lead-email:…}, {@code booking:…}) so they never meet by accident.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private final EntityManager entityManager;

    AdvisoryLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Takes every key's lock in one round trip, in sorted order (PostgreSQL evaluates the select list left to right),
     * so two transactions locking overlapping sets never deadlock.
     */
    public void lock(Collection<String> keys) {
        var ordered = keys.stream().sorted().distinct().toList();
        var locks = new StringBuilder("select 1");
        for (int i = 0; i < ordered.size(); i++) {
            locks.append(", pg_advisory_xact_lock(hashtextextended(?, 7))");
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (var lock = connection.prepareStatement(locks.toString())) {
                for (int i = 0; i < ordered.size(); i++) {
                    lock.setString(i + 1, ordered.get(i));
                }
                lock.executeQuery().close();
            }
        });
    }
}
