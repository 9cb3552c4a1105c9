package clinic.consult.lead;

import clinic.consult.db.Sql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fired inside intake's transaction as a consultation request is stored (spam is not news): the lead's ids, where it
 * went and why, and where it came from. No personal data. An observer that writes rows of its own about the new lead
 * hands them over ({@link #writeAlongside}) and intake writes them in the lead's own statement, after it: one round
 * trip for all, at the busiest moment of the service, and all or nothing with the lead.
 */
public record LeadReceived(
        UUID leadId,
        LeadStatus status,
        String locationId,
        String routingReason,
        ConsultationMode consultationMode,
        LeadChannel channel,
        String utmSource,
        String utmMedium,
        String utmCampaign,
        String utmTerm,
        String utmContent,
        String referralCode,
        UUID possibleDuplicateOf,
        Instant at,
        List<Sql.Part> alongside) {

    /** Rows to write with the lead, in the lead's statement; their names are the observer's own. */
    public void writeAlongside(List<Sql.Part> parts) {
        alongside.addAll(parts);
    }

    public static LeadReceived of(Lead lead) {
        return new LeadReceived(
                lead.id,
                lead.status,
                lead.locationId,
                lead.routingReason == null ? null : lead.routingReason.name(),
                lead.consultationMode,
                lead.sourceChannel,
                lead.utmSource,
                lead.utmMedium,
                lead.utmCampaign,
                lead.utmTerm,
                lead.utmContent,
                lead.referralCode,
                lead.possibleDuplicateOf,
                lead.createdAt,
                new ArrayList<>());
    }
}
