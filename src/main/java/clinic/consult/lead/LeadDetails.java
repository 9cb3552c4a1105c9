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
        @Schema(required = true, description = "Oldest first") List<TimelineEntry> timeline,
        @Schema(
                        nullable = true,
                        description = "This submission came with the email or phone of that open lead: the same person"
                                + " or someone using their details. Staff merge it (POST .../merge) or split them"
                                + " (POST .../split); until then neither changes the other.")
                UUID possibleDuplicateOf,
        @Schema(nullable = true, description = "The lead staff merged this submission into (status MERGED)")
                UUID mergedInto,
        @Schema(required = true, description = "Submissions waiting as possible duplicates of this lead, oldest first")
                List<LinkedSubmission> possibleDuplicates,
        @Schema(required = true, description = "Submissions staff merged into this lead, oldest first")
                List<LinkedSubmission> mergedSubmissions) {

    /** Another submission linked to this lead: enough to open it, nothing personal. */
    @Schema(name = "LinkedSubmission")
    public record LinkedSubmission(
            @Schema(required = true) UUID id,
            @Schema(required = true) LeadStatus status,
            @Schema(required = true) String locationId,
            @Schema(required = true) Instant receivedAt) {

        static LinkedSubmission of(Lead lead) {
            return new LinkedSubmission(lead.id, lead.status, lead.locationId, lead.createdAt);
        }
    }

    @Schema(name = "LeadRoutingDetails")
    public record Routing(
            @Schema(required = true) RoutingReason reason,
            @Schema(nullable = true, description = "For NEAREST: great-circle miles") Double distanceMiles) {}

    @Schema(
            name = "LeadConsent",
            description = "As given with this submission, with when, from which address and browser; never changed"
                    + " afterwards (a later submission keeps its own)")
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
            @Schema(nullable = true, description = "Staff note, or what a merge brought") String note) {

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
