package clinic.consult.lead.intake;

import clinic.consult.lead.Condition;
import clinic.consult.lead.Lead;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

/**
 * What a consultation request puts on its lead, copied in one place: the person as they typed them (stripped), their
 * contact preferences, their consent with who sent it, and the attribution. Status, routing and links are intake's
 * decisions and are set by it.
 */
final class NewLead {

    private NewLead() {}

    /**
     * @param email the email as normalised for matching (the lead keeps the typed one too)
     * @param phone the phone in E.164
     */
    static Lead of(LeadRequest request, ClientInfo client, String email, String phone, Instant now) {
        var lead = new Lead();
        lead.id = UUID.randomUUID();
        lead.firstName = request.firstName().strip();
        lead.lastName = request.lastName().strip();
        lead.email = request.email().strip();
        lead.emailNormalized = email;
        lead.phone = phone;
        lead.zipCode = request.zipCode();
        lead.latitude = request.latitude();
        lead.longitude = request.longitude();
        lead.preferredLocationId = request.preferredLocationId();
        lead.consultationMode = request.consultationMode();
        lead.conditions = EnumSet.noneOf(Condition.class);
        if (request.conditions() != null) {
            lead.conditions.addAll(request.conditions());
        }
        lead.preferredContact = request.preferredContact();
        lead.language = request.language() != null ? request.language() : client.language();
        lead.message = request.message() == null || request.message().isBlank()
                ? null
                : request.message().strip();
        lead.consentContact = request.consent().contact();
        lead.consentSms = Boolean.TRUE.equals(request.consent().sms());
        lead.privacyNoticeVersion = request.consent().privacyNoticeVersion();
        lead.consentAt = now;
        lead.consentIp = client.ip();
        lead.consentUserAgent = client.userAgent();
        var source = request.source();
        if (source != null) {
            lead.sourceChannel = source.channel();
            lead.sourcePageUrl = source.pageUrl();
            lead.sourceReferrer = source.referrer();
            lead.utmSource = source.utmSource();
            lead.utmMedium = source.utmMedium();
            lead.utmCampaign = source.utmCampaign();
            lead.utmTerm = source.utmTerm();
            lead.utmContent = source.utmContent();
        }
        lead.referralCode = request.referralCode();
        lead.createdAt = now;
        lead.updatedAt = now;
        return lead;
    }
}
