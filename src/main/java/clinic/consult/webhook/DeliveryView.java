package clinic.consult.webhook;

import java.time.Instant;
import java.util.UUID;

/** One delivery as admins see it: never the receiver's body, only its status code and how long it took. */
public record DeliveryView(
        UUID id,
        UUID eventId,
        EventType eventType,
        Instant occurredAt,
        DeliveryStatus status,
        int attempts,
        Integer lastStatusCode,
        Integer lastLatencyMs,
        String lastError,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant deliveredAt,
        Instant nextAttemptAt) {}
