package clinic.consult.referral;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.contact.EmailAddress;
import clinic.consult.db.AdvisoryLocks;
import clinic.consult.notification.Message;
import clinic.consult.notification.NotificationService;
import clinic.consult.notification.Outbox;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.NotFoundException;
import clinic.consult.security.Staff;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Referrals: an invitee gets one invitation and is never contacted otherwise. A second invitation of the same address
 * within 30 days is accepted with the same answer and sends nothing.
 */
@ApplicationScoped
public class ReferralService {

    private static final Logger LOG = Logger.getLogger(ReferralService.class);
    static final Duration QUIET_PERIOD = Duration.ofDays(30);
    // Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper survives
    private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 10;

    private final ReferralRepository referrals;
    private final AdvisoryLocks locks;
    private final Outbox outbox;
    private final NotificationService notifications;
    private final AuditService audit;
    private final MeterRegistry metrics;
    private final Event<ReferralMade> made;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ReferralService(
            ReferralRepository referrals,
            AdvisoryLocks locks,
            Outbox outbox,
            NotificationService notifications,
            AuditService audit,
            MeterRegistry metrics,
            Event<ReferralMade> made,
            Clock clock) {
        this.referrals = referrals;
        this.outbox = outbox;
        this.notifications = notifications;
        this.locks = locks;
        this.audit = audit;
        this.metrics = metrics;
        this.made = made;
        this.clock = clock;
    }

    @Transactional
    public ReferralCreated invite(ReferralRequest request) {
        var invitee = EmailAddress.normalize(request.invitee().email());
        if (invitee.equals(EmailAddress.normalize(request.referrer().email()))) {
            throw new InvalidFieldsException("invitee.email", "must differ from referrer.email");
        }
        var now = clock.instant();
        // two concurrent invitations of one address take turns, across instances
        locks.lock(List.of("referral-invitee:" + invitee));
        var referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.code = newCode();
        referral.relationship = request.relationship();
        referral.referrerName = request.referrer().name().strip();
        referral.referrerEmail = request.referrer().email().strip();
        referral.inviteeFirstName = request.invitee().firstName().strip();
        referral.inviteeEmail = request.invitee().email().strip();
        referral.inviteeEmailNormalized = invitee;
        referral.note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().strip();
        referral.invitation = referrals.invitedSince(invitee, now.minus(QUIET_PERIOD))
                ? Referral.Invitation.NOT_SENT
                : Referral.Invitation.PENDING;
        referral.createdAt = now;
        referrals.persist(referral);
        made.fire(new ReferralMade(
                referral.id, referral.relationship, referral.invitation == Referral.Invitation.PENDING, now));
        if (referral.invitation == Referral.Invitation.PENDING) {
            outbox.add(Message.invitation(referral.inviteeEmail, referral.id));
        }
        metrics.counter(
                        "consult.referrals",
                        "invitation",
                        referral.invitation.name().toLowerCase(Locale.ROOT))
                .increment();
        LOG.infof("Referral %s created (invitation %s)", referral.id, referral.invitation);
        return new ReferralCreated(referral.code);
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

    private String newCode() {
        var code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
