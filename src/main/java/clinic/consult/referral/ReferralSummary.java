package clinic.consult.referral;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff see of the referral behind a lead. The invitee's own address is not repeated here. */
@Schema(name = "Referral")
public record ReferralSummary(
        @Schema(required = true) String code,
        @Schema(required = true) Relationship relationship,
        @Schema(nullable = true, description = "Null once erased") String referrerName,
        @Schema(nullable = true, description = "Null once erased") String referrerEmail,
        @Schema(required = true) Referral.Invitation invitation,
        @Schema(required = true) Instant invitedAt) {

    static ReferralSummary of(Referral referral) {
        return new ReferralSummary(
                referral.code,
                referral.relationship,
                referral.referrerName,
                referral.referrerEmail,
                referral.invitation,
                referral.createdAt);
    }
}
