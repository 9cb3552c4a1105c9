package clinic.consult.referral;

import clinic.consult.contact.EmailAddress;
import clinic.consult.db.AdvisoryLocks;
import clinic.consult.idempotency.IdempotencyService;
import clinic.consult.idempotency.Reply;
import clinic.consult.notification.Message;
import clinic.consult.notification.Outbox;
import clinic.consult.problem.InvalidFieldsException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * "Invite a friend": an invitee gets one invitation and is never contacted otherwise. A second invitation of the same
 * address within 30 days is accepted with the same answer and sends nothing.
 */
@ApplicationScoped
public class InvitationService {

    private static final Logger LOG = Logger.getLogger(InvitationService.class);
    static final String SCOPE = "POST /api/v1/referrals";
    static final Duration QUIET_PERIOD = Duration.ofDays(30);
    // Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper survives
    private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 10;

    private final IdempotencyService idempotency;
    private final ReferralRepository referrals;
    private final AdvisoryLocks locks;
    private final Outbox outbox;
    private final Event<ReferralMade> made;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InvitationService(
            IdempotencyService idempotency,
            ReferralRepository referrals,
            AdvisoryLocks locks,
            Outbox outbox,
            Event<ReferralMade> made,
            MeterRegistry metrics,
            Clock clock) {
        this.idempotency = idempotency;
        this.referrals = referrals;
        this.locks = locks;
        this.outbox = outbox;
        this.made = made;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** One transaction, opened here, with the {@code Idempotency-Key} claimed in it. */
    @Transactional
    public Reply invite(String idempotencyKey, ReferralRequest request) {
        return idempotency.once(SCOPE, idempotencyKey, request, () -> {
            var created = invite(request);
            return Reply.created(created, URI.create("/api/v1/referrals/" + created.code()));
        });
    }

    private ReferralCreated invite(ReferralRequest request) {
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

    private String newCode() {
        var code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
