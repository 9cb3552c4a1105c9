package clinic.consult.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A webhook subscription as stored. {@code locationIds} empty: every location. {@code pausedUntil}: after a receiver
 * stalled (a time-out, no connection), none of its deliveries is attempted before then.
 */
record Subscription(
        UUID id,
        URI url,
        String description,
        Set<EventType> eventTypes,
        List<String> locationIds,
        boolean includeContact,
        boolean enabled,
        String disabledReason,
        int consecutiveFailures,
        Instant pausedUntil,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
