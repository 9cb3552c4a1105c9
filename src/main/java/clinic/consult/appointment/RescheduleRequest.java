package clinic.consult.appointment;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new time at the same location, for the same type. */
public record RescheduleRequest(
        @NotNull @Schema(required = true, example = "2026-11-24T10:00:00-08:00") OffsetDateTime start,
        @Schema(nullable = true, description = "A live hold of the new slot") UUID holdId) {}
