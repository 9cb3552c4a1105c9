package clinic.consult.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class CalendarFeedRepository implements PanacheRepositoryBase<CalendarFeed, UUID> {

    /** Revokes every key of the subject not yet revoked; how many there were. */
    int revokeAllOf(String subject, Instant now) {
        return update("revokedAt = ?1 where subject = ?2 and revokedAt is null", now, subject);
    }

    /** Revokes one key if it is live; whether it was. */
    boolean revoke(UUID id, Instant now) {
        return update("revokedAt = ?1 where id = ?2 and revokedAt is null and expiresAt > ?1", now, id) == 1;
    }

    Optional<CalendarFeed> live(UUID id, Instant now) {
        return find("id = ?1 and revokedAt is null and expiresAt > ?2", id, now).firstResultOptional();
    }

    Optional<CalendarFeed> liveByKey(String keyHash, Instant now) {
        return find("keyHash = ?1 and revokedAt is null and expiresAt > ?2", keyHash, now)
                .firstResultOptional();
    }

    /** Live keys, oldest first: every staff member's, or one subject's. */
    List<CalendarFeed> live(Optional<String> subject, Instant now) {
        var order = Sort.by("createdAt").and("id");
        return subject.isPresent()
                ? list("subject = ?1 and revokedAt is null and expiresAt > ?2", order, subject.get(), now)
                : list("revokedAt is null and expiresAt > ?1", order, now);
    }
}
