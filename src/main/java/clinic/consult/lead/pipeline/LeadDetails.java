package clinic.consult.lead.pipeline;

import clinic.consult.contact.Language;
import clinic.consult.lead.Condition;
import clinic.consult.lead.ConsultationMode;
import clinic.consult.lead.Lead;
import clinic.consult.lead.LeadChannel;
import clinic.consult.lead.LeadEvent;
import clinic.consult.lead.LeadStatus;
import clinic.consult.lead.PreferredContact;
import clinic.consult.referral.ReferralSummary;
import clinic.consult.routing.RoutingReason;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Everything staff may know about a lead. Reading it is audited. */
public record LeadDetails(
        UUID id,
        LeadStatus status,
        List<LeadStatus> nextStatuses,
        String firstName,
        String lastName,
        String email,
        String phone,
        String zipCode,
        Double latitude,
        Double longitude,
        String preferredLocationId,
        ConsultationMode consultationMode,
        List<Condition> conditions,
        PreferredContact preferredContact,
        Language language,
        String message,
        String locationId,
        Routing routing,
        Consent consent,
        Attribution attribution,
        ReferralSummary referral,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt,
        Instant erasedAt,
        List<TimelineEntry> timeline,
        UUID possibleDuplicateOf,
        UUID mergedInto,
        List<LinkedSubmission> possibleDuplicates,
        List<LinkedSubmission> mergedSubmissions) {

    /** Another submission linked to this lead: enough to open it, nothing personal. */
    public record LinkedSubmission(UUID id, LeadStatus status, String locationId, Instant receivedAt) {

        static LinkedSubmission of(Lead lead) {
            return new LinkedSubmission(lead.id, lead.status, lead.locationId, lead.createdAt);
        }
    }

    public record Routing(RoutingReason reason, Double distanceMiles) {}

    public record Consent(
            Boolean contact, Boolean sms, String privacyNoticeVersion, Instant givenAt, String ip, String userAgent) {}

    public record Attribution(
            LeadChannel channel,
            String pageUrl,
            String referrer,
            String utmSource,
            String utmMedium,
            String utmCampaign,
            String utmTerm,
            String utmContent,
            String referralCode) {}

    public record TimelineEntry(
            long id,
            LeadEvent.Type type,
            String actor,
            Instant at,
            LeadStatus fromStatus,
            LeadStatus toStatus,
            String locationId,
            String note) {

        static TimelineEntry of(LeadEvent event) {
            return new TimelineEntry(
                    event.id,
                    event.type,
                    event.actor,
                    event.at,
                    event.fromStatus,
                    event.toStatus,
                    event.locationId,
                    event.note);
        }
    }

    static LeadDetails of(Lead lead, List<LeadEvent> events, ReferralSummary referral, List<Lead> linked) {
        return new LeadDetails(
                lead.id,
                lead.status,
                List.copyOf(lead.status.next()),
                lead.firstName,
                lead.lastName,
                lead.email,
                lead.phone,
                lead.zipCode,
                lead.latitude,
                lead.longitude,
                lead.preferredLocationId,
                lead.consultationMode,
                List.copyOf(lead.conditions),
                lead.preferredContact,
                lead.language,
                lead.message,
                lead.locationId,
                new Routing(lead.routingReason, lead.routingDistanceMiles),
                new Consent(
                        lead.consentContact,
                        lead.consentSms,
                        lead.privacyNoticeVersion,
                        lead.consentAt,
                        lead.consentIp,
                        lead.consentUserAgent),
                new Attribution(
                        lead.sourceChannel,
                        lead.sourcePageUrl,
                        lead.sourceReferrer,
                        lead.utmSource,
                        lead.utmMedium,
                        lead.utmCampaign,
                        lead.utmTerm,
                        lead.utmContent,
                        lead.referralCode),
                referral,
                lead.createdAt,
                lead.updatedAt,
                lead.closedAt,
                lead.erasedAt,
                events.stream().map(TimelineEntry::of).toList(),
                lead.possibleDuplicateOf,
                lead.mergedInto,
                linked.stream()
                        .filter(other -> other.status != LeadStatus.MERGED)
                        .map(LinkedSubmission::of)
                        .toList(),
                linked.stream()
                        .filter(other -> lead.id.equals(other.mergedInto))
                        .map(LinkedSubmission::of)
                        .toList());
    }
}
