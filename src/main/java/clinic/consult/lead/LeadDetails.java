package clinic.consult.lead;

import clinic.consult.referral.ReferralSummary;
import clinic.consult.routing.RoutingReason;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything staff may know about a lead. Reading it is audited. */
@Schema(name = "LeadDetails")
public record LeadDetails(
        @Schema(required = true) UUID id,
        @Schema(required = true) LeadStatus status,
        @Schema(required = true, description = "Statuses a PATCH may move this lead to") List<LeadStatus> nextStatuses,
        @Schema(nullable = true, description = "Personal fields are null once erased") String firstName,
        @Schema(nullable = true) String lastName,
        @Schema(nullable = true) String email,
        @Schema(nullable = true, description = "E.164") String phone,
        @Schema(nullable = true) String zipCode,
        @Schema(nullable = true) Double latitude,
        @Schema(nullable = true) Double longitude,
        @Schema(nullable = true) String preferredLocationId,
        @Schema(nullable = true) ConsultationMode consultationMode,
        @Schema(required = true) List<Condition> conditions,
        @Schema(nullable = true) PreferredContact preferredContact,
        @Schema(nullable = true) String message,
        @Schema(required = true) String locationId,
        @Schema(required = true) Routing routing,
        @Schema(required = true) Consent consent,
        @Schema(required = true) Attribution attribution,
        @Schema(nullable = true, description = "The invitation that brought this person, if any")
                ReferralSummary referral,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(nullable = true, description = "When the lead left the open statuses") Instant closedAt,
        @Schema(nullable = true, description = "When personal data was removed") Instant erasedAt,
        @Schema(required = true, description = "Oldest first") List<TimelineEntry> timeline) {

    @Schema(name = "LeadRoutingDetails")
    public record Routing(
            @Schema(required = true) RoutingReason reason,
            @Schema(nullable = true, description = "For NEAREST: great-circle miles") Double distanceMiles) {}

    @Schema(name = "LeadConsent", description = "As last given, with when, from which address and browser")
    public record Consent(
            @Schema(nullable = true) Boolean contact,
            @Schema(nullable = true) Boolean sms,
            @Schema(nullable = true) String privacyNoticeVersion,
            @Schema(nullable = true) Instant givenAt,
            @Schema(nullable = true) String ip,
            @Schema(nullable = true) String userAgent) {}

    @Schema(name = "LeadAttribution")
    public record Attribution(
            @Schema(nullable = true) LeadChannel channel,
            @Schema(nullable = true) String pageUrl,
            @Schema(nullable = true) String referrer,
            @Schema(nullable = true) String utmSource,
            @Schema(nullable = true) String utmMedium,
            @Schema(nullable = true) String utmCampaign,
            @Schema(nullable = true) String utmTerm,
            @Schema(nullable = true) String utmContent,
            @Schema(nullable = true, description = "As typed on the form") String referralCode) {}

    @Schema(name = "TimelineEntry")
    public record TimelineEntry(
            @Schema(required = true) long id,
            @Schema(required = true) LeadEvent.Type type,
            @Schema(required = true, description = "Staff subject, public-form or system:retention") String actor,
            @Schema(required = true) Instant at,
            @Schema(nullable = true) LeadStatus fromStatus,
            @Schema(nullable = true) LeadStatus toStatus,
            @Schema(nullable = true) String locationId,
            @Schema(nullable = true, description = "Staff note, or the message of a resubmission") String note) {

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

    static LeadDetails of(Lead lead, List<LeadEvent> events, ReferralSummary referral) {
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
                events.stream().map(TimelineEntry::of).toList());
    }
}
