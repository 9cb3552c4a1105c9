package clinic.consult.availability;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The soonest bookable slot. */
public record FirstAvailable(
        @Schema(required = true, example = "seal-beach") String locationId,
        @Schema(required = true, example = "2026-11-23T09:00:00-08:00") OffsetDateTime start,
        @Schema(required = true, example = "2026-11-23T09:30:00-08:00") OffsetDateTime end) {}
