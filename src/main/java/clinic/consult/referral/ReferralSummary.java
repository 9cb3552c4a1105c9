package clinic.consult.referral;

import java.time.Instant;

/** What staff see of the referral behind a lead. The invitee's own address is not repeated here. */
public record ReferralSummary(
        String code,
        Relationship relationship,
        String referrerName,
        String referrerEmail,
        Referral.Invitation invitation,
        Instant invitedAt) {

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
