package clinic.consult.referral;

import clinic.consult.notification.MailSubjects;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** What an invitation may quote of its referral: the invitee's first name, the referrer's name, the code. */
@ApplicationScoped
class ReferralMailSubjects implements MailSubjects.Referrals {

    private final ReferralRepository referrals;

    ReferralMailSubjects(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Override
    public Optional<MailSubjects.Invitation> invitation(UUID referralId) {
        return referrals
                .findByIdOptional(referralId)
                .map(referral ->
                        new MailSubjects.Invitation(referral.inviteeFirstName, referral.referrerName, referral.code));
    }
}
