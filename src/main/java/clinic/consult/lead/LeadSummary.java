package clinic.consult.lead;

import clinic.consult.routing.RoutingReason;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead in a search result: enough to call the person back. Leaves out the message and conditions. */
@Schema(name = "LeadSummary")
public record LeadSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) LeadStatus status,
        @Schema(nullable = true, description = "Null once erased") String firstName,
        @Schema(nullable = true) String lastName,
        @Schema(nullable = true) String email,
        @Schema(nullable = true, description = "E.164") String phone,
        @Schema(nullable = true) PreferredContact preferredContact,
        @Schema(nullable = true) ConsultationMode consultationMode,
        @Schema(required = true) String locationId,
        @Schema(required = true) RoutingReason routingReason,
        @Schema(nullable = true) LeadChannel channel,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Personal data removed (on request or by retention)") boolean erased,
        @Schema(nullable = true, description = "The open lead this submission may duplicate (same email or phone)")
                UUID possibleDuplicateOf) {

    static LeadSummary of(Lead lead) {
        return new LeadSummary(
                lead.id,
                lead.status,
                lead.firstName,
                lead.lastName,
                lead.email,
                lead.phone,
                lead.preferredContact,
                lead.consultationMode,
                lead.locationId,
                lead.routingReason,
                lead.sourceChannel,
                lead.createdAt,
                lead.updatedAt,
                lead.isErased(),
                lead.possibleDuplicateOf);
    }
}
