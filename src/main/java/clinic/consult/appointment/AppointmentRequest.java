package clinic.consult.appointment;

import clinic.consult.lead.intake.LeadRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A booking. Exactly one of {@code lead}, {@code leadToken} and {@code leadId} says who it is for. */
public record AppointmentRequest(
        @NotBlank @Size(max = 64) String locationId,
        @NotBlank @Size(max = 64) String type,
        @NotNull OffsetDateTime start,
        UUID holdId,
        @Valid LeadRequest lead,
        @Size(max = 200) String leadToken,
        UUID leadId) {}
