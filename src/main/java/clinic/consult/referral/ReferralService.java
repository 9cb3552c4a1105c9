package clinic.consult.referral;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.notification.NotificationService;
import clinic.consult.problem.NotFoundException;
import clinic.consult.security.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Referrals as the rest of the service sees them: a code's referral, the staff's look-up, erasure and retention. */
@ApplicationScoped
public class ReferralService {

    private final ReferralRepository referrals;
    private final NotificationService notifications;
    private final AuditService audit;
    private final Clock clock;

    ReferralService(ReferralRepository referrals, NotificationService notifications, AuditService audit, Clock clock) {
        this.referrals = referrals;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** The referral a consultation request names, if the code is one of ours. Codes are read case-insensitively. */
    public Optional<UUID> idOfCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return referrals.findByCode(code.strip().toUpperCase(Locale.ROOT)).map(referral -> referral.id);
    }

    public Optional<ReferralSummary> summary(UUID id) {
        return referrals.findByIdOptional(id).map(ReferralSummary::of);
    }

    /** A staff look-up; the referrer's name and address are personal data, so the read is audited. */
    @Transactional
    public ReferralSummary get(String code, Staff staff) {
        var referral = referrals
                .findByCode(code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("Referral", code));
        audit.record(staff, AuditAction.REFERRAL_VIEWED, null, "referral " + referral.id);
        return ReferralSummary.of(referral);
    }

    /** When the invitee's lead is erased, their name and address go with it; the referrer's stay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetInvitee(UUID id) {
        referrals.findByIdOptional(id).ifPresent(referral -> {
            referral.inviteeFirstName = null;
            referral.inviteeEmail = null;
            referral.inviteeEmailNormalized = null;
            referral.note = null;
            notifications.forgetReferral(id);
        });
    }

    /** Scrubs up to {@code limit} referrals created before the cut-off; returns how many. */
    @Transactional
    public int scrubCreatedBefore(Instant cutoff, int limit) {
        var ids = referrals.lockExpired(cutoff, limit);
        var now = clock.instant();
        ids.forEach(id -> {
            referrals.findById(id).scrub(now);
            notifications.forgetReferral(id);
        });
        return ids.size();
    }
}
