package clinic.consult.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A receiver of the clinic's other systems and what it wants (see V10__webhooks.sql). Event types are kept by their
 * wire names; no location ids means every location. {@code pausedUntil}: after its receiver stalled (a time-out, no
 * connection), none of its deliveries is attempted before then.
 */
@Entity
@Table(name = "webhook_subscriptions")
public class WebhookSubscription {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String url;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] eventTypes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] locationIds;

    public boolean includeContact;
    public boolean enabled;
    public String disabledReason;
    public int consecutiveFailures;
    public Instant pausedUntil;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    URI uri() {
        return URI.create(url);
    }

    Set<EventType> types() {
        var types = EnumSet.noneOf(EventType.class);
        Arrays.stream(eventTypes).map(EventType::ofWire).forEach(types::add);
        return types;
    }

    /** The locations it hears of; empty for every location. */
    List<String> locations() {
        return locationIds == null ? List.of() : List.of(locationIds);
    }

    /** What an admin sets: the receiver, what it wants, and whether contact details go to it. */
    void set(URI url, String description, Set<EventType> types, List<String> locations, boolean includeContact) {
        this.url = url.toString();
        this.description = description;
        this.eventTypes = types.stream().map(EventType::wire).sorted().toArray(String[]::new);
        this.locationIds = locations.isEmpty() ? null : locations.toArray(String[]::new);
        this.includeContact = includeContact;
    }
}
