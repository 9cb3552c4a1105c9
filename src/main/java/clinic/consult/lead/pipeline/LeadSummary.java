package clinic.consult.lead.pipeline;

import clinic.consult.lead.ConsultationMode;
import clinic.consult.lead.Lead;
import clinic.consult.lead.LeadChannel;
import clinic.consult.lead.LeadStatus;
import clinic.consult.lead.PreferredContact;
import clinic.consult.routing.RoutingReason;
import java.time.Instant;
import java.util.UUID;

/** A lead in a search result: enough to call the person back. Leaves out the message and conditions. */
public record LeadSummary(
        UUID id,
        LeadStatus status,
        String firstName,
        String lastName,
        String email,
        String phone,
        PreferredContact preferredContact,
        ConsultationMode consultationMode,
        String locationId,
        RoutingReason routingReason,
        LeadChannel channel,
        Instant createdAt,
        Instant updatedAt,
        boolean erased,
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
