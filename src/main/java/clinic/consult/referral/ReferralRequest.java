package clinic.consult.referral;

import clinic.consult.contact.DeliverableEmail;
import clinic.consult.contact.PersonName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Invite a friend, relative or patient" from the website or the app. */
@Schema(
        name = "ReferralRequest",
        example =
                """
                {"referrer":{"name":"Dana Kim","email":"dana.kim@example.com"},\
                "invitee":{"firstName":"Alex","email":"alex@example.com"},"relationship":"FRIEND",\
                "note":"This clinic helped me a lot."}""")
public record ReferralRequest(
        @Schema(required = true) @NotNull @Valid Referrer referrer,
        @Schema(required = true) @NotNull @Valid Invitee invitee,
        @Schema(required = true) @NotNull Relationship relationship,
        @Schema(maxLength = 1000, description = "A personal word for the invitee") @Size(max = 1000) String note) {

    @Schema(name = "Referrer")
    public record Referrer(
            @Schema(
                            required = true,
                            maxLength = 60,
                            description = "As the invitation will name the referrer: letters, spaces, hyphens,"
                                    + " apostrophes")
                    @NotBlank
                    @Size(max = 60)
                    @PersonName
                    String name,
            @Schema(required = true, maxLength = 254) @NotBlank @DeliverableEmail @Size(max = 254) String email) {}

    @Schema(name = "Invitee")
    public record Invitee(
            @Schema(required = true, maxLength = 50) @NotBlank @Size(max = 50) @PersonName String firstName,
            @Schema(required = true, maxLength = 254) @NotBlank @DeliverableEmail @Size(max = 254) String email) {}
}
