package clinic.consult.lead;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<Lead, UUID> {

    /** The most recent open lead of the same person (same normalised email or phone). */
    public Optional<Lead> findOpenByEmailOrPhone(String emailNormalized, String phone) {
        return find(
                        "status in ?1 and (emailNormalized = ?2 or phone = ?3) order by createdAt desc",
                        LeadStatus.OPEN,
                        emailNormalized,
                        phone)
                .firstResultOptional();
    }

    /** Leads received per location since a moment, spam left out. */
    public Map<String, Long> countByLocationSince(List<String> locationIds, Instant since) {
        var counts = new HashMap<String, Long>();
        getEntityManager()
                .createQuery(
                        "select l.locationId, count(l) from Lead l where l.locationId in ?1 and l.createdAt >= ?2"
                                + " and l.status <> ?3 group by l.locationId",
                        Object[].class)
                .setParameter(1, locationIds)
                .setParameter(2, since)
                .setParameter(3, LeadStatus.SPAM)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Serialises concurrent submissions of one person (across instances): a transaction-scoped PostgreSQL advisory
     * lock per identity key, taken in a fixed order so that two keys never deadlock.
     */
    public void lockIdentities(List<String> keys) {
        keys.stream().sorted().distinct().forEach(key -> getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 7))")
                .setParameter(1, key)
                .getSingleResult());
    }
}
