package clinic.consult.hold;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class HoldRepository implements PanacheRepositoryBase<Hold, UUID> {

    Optional<Hold> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The live holds of a client, soonest to expire first. */
    List<Hold> liveOf(String clientKey, Instant now) {
        return list("clientKey = ?1 and releasedAt is null and expiresAt > ?2 order by expiresAt, id", clientKey, now);
    }
}
