package clinic.consult.waitlist;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class OfferRepository implements PanacheRepositoryBase<WaitlistOffer, UUID> {

    Optional<WaitlistOffer> openOf(UUID entryId) {
        return find("entryId = ?1 and status = ?2", entryId, OfferStatus.OPEN).firstResultOptional();
    }

    /** An entry's offers, newest first. */
    List<WaitlistOffer> of(UUID entryId) {
        return list("entryId = ?1 order by createdAt desc", entryId);
    }

    /** The offers of several entries, newest first. */
    List<WaitlistOffer> ofEntries(Collection<UUID> entryIds) {
        return entryIds.isEmpty() ? List.of() : list("entryId in ?1 order by createdAt desc", entryIds);
    }

    /** Open offers of these entries that ended unanswered by {@code now}. */
    List<WaitlistOffer> lapsed(Collection<UUID> entryIds, Instant now) {
        return entryIds.isEmpty()
                ? List.of()
                : list("entryId in ?1 and status = ?2 and expiresAt <= ?3", entryIds, OfferStatus.OPEN, now);
    }
}
