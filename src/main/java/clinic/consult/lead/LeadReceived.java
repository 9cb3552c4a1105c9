package clinic.consult.lead;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired inside intake's transaction as a consultation request is stored (spam is not news): the lead's ids, where it
 * went and why, and where it came from. No personal data. Observers write their own rows in that transaction, so
 * they are all or nothing with the lead.
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
        Instant at) {

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
                lead.createdAt);
    }
}
