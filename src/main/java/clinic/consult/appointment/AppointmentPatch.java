package clinic.consult.appointment;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff record how a consultation went. */
public record AppointmentPatch(
        @NotNull @Schema(required = true, description = "COMPLETED or NO_SHOW, once the start has passed")
                AppointmentStatus status) {}
