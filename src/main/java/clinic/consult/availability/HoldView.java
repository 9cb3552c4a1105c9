package clinic.consult.availability;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Hold")
public record HoldView(
        @Schema(required = true, description = "Pass as holdId when booking; keep it private") UUID id,
        @Schema(required = true, example = "tustin") String locationId,
        @Schema(required = true, example = "in-person-consultation") String type,
        @Schema(required = true) OffsetDateTime start,
        @Schema(required = true) OffsetDateTime end,
        @Schema(required = true, description = "After this the seat is free again") Instant expiresAt) {}
