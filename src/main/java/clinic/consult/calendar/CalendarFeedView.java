package clinic.consult.calendar;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A live feed key, without the key: whose it is, the locations it shows, its life and its last read. */
public record CalendarFeedView(
        UUID id, String subject, List<String> locationIds, Instant createdAt, Instant expiresAt, Instant lastReadAt) {}
