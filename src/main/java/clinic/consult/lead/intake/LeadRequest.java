package clinic.consult.lead.intake;

import clinic.consult.contact.DeliverableEmail;
import clinic.consult.contact.Language;
import clinic.consult.contact.PersonName;
import clinic.consult.contact.ValidPhone;
import clinic.consult.lead.Condition;
import clinic.consult.lead.ConsultationMode;
import clinic.consult.lead.LeadChannel;
import clinic.consult.lead.PreferredContact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The "free consultation" form, from the website or the mobile app. */
public record LeadRequest(
        @NotBlank @Size(max = 100) @PersonName(max = 100) String firstName,
        @NotBlank @Size(max = 100) @PersonName(max = 100) String lastName,
        @NotBlank @DeliverableEmail @Size(max = 254) String email,
        @NotBlank @ValidPhone String phone,
        @Pattern(regexp = "\\d{5}(-\\d{4})?", message = "{clinic.consult.zipCode}") String zipCode,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Size(max = 64) String preferredLocationId,
        ConsultationMode consultationMode,
        @Size(max = 10) List<@NotNull Condition> conditions,
        PreferredContact preferredContact,
        Language language,
        @Size(max = 2000) String message,
        @NotNull @Valid Consent consent,
        @Valid Source source,
        @Size(max = 40) String referralCode,
        @Size(max = 500) String website) {

    /** The same request, preferring this location unless the person chose one: a booking's location is their choice. */
    public LeadRequest preferring(String locationId) {
        if (preferredLocationId != null) {
            return this;
        }
        return new LeadRequest(
                firstName,
                lastName,
                email,
                phone,
                zipCode,
                latitude,
                longitude,
                locationId,
                consultationMode,
                conditions,
                preferredContact,
                language,
                message,
                consent,
                source,
                referralCode,
                website);
    }

    /** Permission to contact the person, as they gave it. */
    public record Consent(
            @NotNull @AssertTrue(message = "{clinic.consult.consent}") Boolean contact,
            Boolean sms,
            @NotBlank @Size(max = 40) String privacyNoticeVersion) {}

    /** Attribution: where the request came from. */
    public record Source(
            LeadChannel channel,
            @Size(max = 2000) String pageUrl,
            @Size(max = 2000) String referrer,
            @Size(max = 200) String utmSource,
            @Size(max = 200) String utmMedium,
            @Size(max = 200) String utmCampaign,
            @Size(max = 200) String utmTerm,
            @Size(max = 200) String utmContent) {}
}
