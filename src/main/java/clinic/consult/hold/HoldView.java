package clinic.consult.hold;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

public record HoldView(
        UUID id, String locationId, String type, OffsetDateTime start, OffsetDateTime end, Instant expiresAt) {}
