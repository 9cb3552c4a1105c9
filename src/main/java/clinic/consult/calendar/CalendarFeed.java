package clinic.consult.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A staff member's feed key (see V11__calendar_feeds.sql): whose it is, the locations it shows (none given: every
 * location), the key's SHA-256, and its life.
 */
@Entity
@Table(name = "calendar_feeds")
public class CalendarFeed {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String subject;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] locationIds;

    @Column(nullable = false)
    public String keyHash;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant expiresAt;

    public Instant revokedAt;
    public Instant lastReadAt;

    static CalendarFeed of(String subject, Optional<List<String>> locationIds, Instant createdAt, Instant expiresAt) {
        var feed = new CalendarFeed();
        feed.id = UUID.randomUUID();
        feed.subject = subject;
        feed.locationIds = locationIds.map(ids -> ids.toArray(String[]::new)).orElse(null);
        feed.createdAt = createdAt;
        feed.expiresAt = expiresAt;
        return feed;
    }

    /** The locations it shows; empty for every location. */
    Optional<List<String>> locations() {
        return locationIds == null ? Optional.empty() : Optional.of(List.of(locationIds));
    }

    boolean shows(String locationId) {
        return locationIds == null || List.of(locationIds).contains(locationId);
    }
}
