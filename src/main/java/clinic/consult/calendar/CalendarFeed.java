package clinic.consult.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A staff member's feed key as stored: whose it is, the locations it shows ({@code locationIds} empty: every
 * location) and its life.
 */
record CalendarFeed(
        UUID id,
        String subject,
        Optional<List<String>> locationIds,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastReadAt) {

    boolean shows(String locationId) {
        return locationIds.isEmpty() || locationIds.get().contains(locationId);
    }

    boolean liveAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
