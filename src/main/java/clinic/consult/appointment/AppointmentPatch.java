package clinic.consult.appointment;

import jakarta.validation.constraints.NotNull;

/** Staff record how a consultation went. */
public record AppointmentPatch(@NotNull AppointmentStatus status) {}
