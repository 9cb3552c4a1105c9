package clinic.consult.lead;

import clinic.consult.contact.DeliverableEmail;
import clinic.consult.contact.PersonName;
import clinic.consult.contact.ValidPhone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The "free consultation" form, from the website or the mobile app. */
@Schema(
        name = "LeadRequest",
        example =
                """
                {"firstName":"Maria","lastName":"Lopez","email":"maria.lopez@example.com","phone":"(714) 555-0123",\
                "zipCode":"92780","consultationMode":"IN_PERSON","conditions":["DEPRESSION","ANXIETY"],\
                "preferredContact":"PHONE","message":"Evenings are best.",\
                "consent":{"contact":true,"sms":false,"privacyNoticeVersion":"2026-01"},\
                "source":{"channel":"WEBSITE","pageUrl":"https://clinic.example.com/free-consultation",\
                "utmSource":"google","utmMedium":"cpc","utmCampaign":"ketamine-oc"}}""")
public record LeadRequest(
        @Schema(required = true, maxLength = 100) @NotBlank @Size(max = 100) @PersonName String firstName,
        @Schema(required = true, maxLength = 100) @NotBlank @Size(max = 100) @PersonName String lastName,
        @Schema(required = true, maxLength = 254) @NotBlank @DeliverableEmail @Size(max = 254) String email,
        @Schema(required = true, description = "Any common format, US by default; stored as E.164")
                @NotBlank
                @ValidPhone
                String phone,
        @Schema(description = "5-digit ZIP or ZIP+4", example = "92780")
                @Pattern(regexp = "\\d{5}(-\\d{4})?", message = "must be a ZIP code: 5 digits or ZIP+4")
                String zipCode,
        @Schema(description = "From the app's GPS; with longitude") @DecimalMin("-90") @DecimalMax("90")
                Double latitude,
        @Schema(description = "From the app's GPS; with latitude") @DecimalMin("-180") @DecimalMax("180")
                Double longitude,
        @Schema(description = "tustin, san-juan-capistrano or seal-beach; omit for no preference") @Size(max = 64)
                String preferredLocationId,
        ConsultationMode consultationMode,
        @Size(max = 10) List<@NotNull Condition> conditions,
        PreferredContact preferredContact,
        @Schema(maxLength = 2000) @Size(max = 2000) String message,
        @Schema(required = true) @NotNull @Valid Consent consent,
        @Valid Source source,
        @Schema(description = "Code from a referral invitation") @Size(max = 40) String referralCode,
        @Schema(description = "Honeypot: leave empty. Forms hide this field from people.") @Size(max = 500)
                String website) {

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
                message,
                consent,
                source,
                referralCode,
                website);
    }

    /** Permission to contact the person, as they gave it. */
    @Schema(name = "Consent")
    public record Consent(
            @Schema(required = true, description = "Must be true: the person agrees to be contacted")
                    @NotNull
                    @AssertTrue(message = "must be true: we may only contact people who agree")
                    Boolean contact,
            @Schema(description = "Agreement to text messages") Boolean sms,
            @Schema(required = true, description = "Version of the privacy notice shown", example = "2026-01")
                    @NotBlank
                    @Size(max = 40)
                    String privacyNoticeVersion) {}

    /** Attribution: where the request came from. */
    @Schema(name = "LeadSource")
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
