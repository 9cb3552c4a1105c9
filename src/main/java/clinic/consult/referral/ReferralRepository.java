package clinic.consult.referral;

import clinic.consult.db.Sql;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    private final Sql sql;

    ReferralRepository(Sql sql) {
        this.sql = sql;
    }

    Optional<Referral> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    boolean invitedSince(String inviteeEmailNormalized, Instant since) {
        return count("inviteeEmailNormalized = ?1 and createdAt >= ?2", inviteeEmailNormalized, since) > 0;
    }

    /** Referrals older than the cut-off whose personal data is still there, locked so instances share the work. */
    List<UUID> lockExpired(Instant cutoff, int limit) {
        return sql.list(
                "select id from referrals where created_at < ? and erased_at is null order by created_at limit ?"
                        + " for update skip locked",
                row -> Sql.uuid(row, 1),
                cutoff,
                limit);
    }
}
