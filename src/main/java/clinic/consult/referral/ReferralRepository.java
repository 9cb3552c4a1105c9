package clinic.consult.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    Optional<Referral> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    boolean invitedSince(String inviteeEmailNormalized, Instant since) {
        return count("inviteeEmailNormalized = ?1 and createdAt >= ?2", inviteeEmailNormalized, since) > 0;
    }

    /** Referrals older than the cut-off whose personal data is still there, locked so instances share the work. */
    @SuppressWarnings("unchecked")
    List<UUID> lockExpired(Instant cutoff, int limit) {
        return getEntityManager()
                .createNativeQuery(
                        "select id from referrals where created_at < ?1 and erased_at is null"
                                + " order by created_at limit ?2 for update skip locked",
                        UUID.class)
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .getResultList();
    }
}
