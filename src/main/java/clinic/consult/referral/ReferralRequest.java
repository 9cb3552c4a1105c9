package clinic.consult.referral;

import clinic.consult.contact.DeliverableEmail;
import clinic.consult.contact.PersonName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** "Invite a friend, relative or patient" from the website or the app. */
public record ReferralRequest(
        @NotNull @Valid Referrer referrer,
        @NotNull @Valid Invitee invitee,
        @NotNull Relationship relationship,
        @Size(max = 1000) String note) {

    public record Referrer(
            @NotBlank @Size(max = 60) @PersonName(max = 60) String name,
            @NotBlank @DeliverableEmail @Size(max = 254) String email) {}

    public record Invitee(
            @NotBlank @Size(max = 50) @PersonName(max = 50) String firstName,
            @NotBlank @DeliverableEmail @Size(max = 254) String email) {}
}
