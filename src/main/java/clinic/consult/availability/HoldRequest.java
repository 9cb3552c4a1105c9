package clinic.consult.availability;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record HoldRequest(
        @NotBlank @Size(max = 64) @Schema(required = true, example = "tustin") String locationId,
        @NotBlank @Size(max = 64) @Schema(required = true, example = "in-person-consultation") String type,
        @NotNull @Schema(required = true, description = "A listed slot's start", example = "2026-11-23T09:00:00-08:00")
                OffsetDateTime start) {}
