package clinic.consult.appointment;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A new time at the same location, for the same type. */
public record RescheduleRequest(@NotNull OffsetDateTime start, UUID holdId) {}
