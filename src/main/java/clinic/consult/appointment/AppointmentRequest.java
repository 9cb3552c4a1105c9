package clinic.consult.appointment;

import clinic.consult.lead.LeadRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A booking. Exactly one of {@code lead}, {@code leadToken} and {@code leadId} says who it is for. */
public record AppointmentRequest(
        @NotBlank @Size(max = 64) @Schema(required = true, example = "tustin") String locationId,
        @NotBlank @Size(max = 64) @Schema(required = true, example = "in-person-consultation") String type,
        @NotNull @Schema(required = true, description = "A listed slot's start", example = "2026-11-23T09:00:00-08:00")
                OffsetDateTime start,
        @Schema(nullable = true, description = "A live hold of this slot; its seat goes to this booking") UUID holdId,
        @Valid
                @Schema(
                        nullable = true,
                        description = "The person's details, taken exactly like a consultation request (merged into"
                                + " their open request if there is one)")
                LeadRequest lead,
        @Size(max = 200) @Schema(nullable = true, description = "The leadToken a consultation request answered")
                String leadToken,
        @Schema(nullable = true, description = "Staff only: an existing lead") UUID leadId) {}
