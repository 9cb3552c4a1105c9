package clinic.consult.notification;

import clinic.consult.notification.text.TextConsentEvent;
import clinic.consult.notification.text.TextRefused;
import clinic.consult.outbox.Outcomes;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Records what became of a text, each in a transaction of its own retried while the database cannot take it (as for
 * emails). A text that cannot go becomes an email to the same person in that same transaction, so the message still
 * reaches them; a refusal because the person opted out is recorded on the number's consent first.
 */
@ApplicationScoped
class TextOutcomes {

    private static final Logger LOG = Logger.getLogger(TextOutcomes.class);
    static final String PROVIDER_ACTOR = "twilio";

    private final NotificationRepository notifications;
    private final Outbox outbox;
    private final TextOptOuts optOuts;
    private final MeterRegistry metrics;
    private final Clock clock;

    TextOutcomes(
            NotificationRepository notifications,
            Outbox outbox,
            TextOptOuts optOuts,
            MeterRegistry metrics,
            Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.optOuts = optOuts;
        this.metrics = metrics;
        this.clock = clock;
    }

    void sent(MailFacts text, UUID token, String providerId, String providerStatus, int segments) {
        record(text.id(), token, outcome -> outcome.sentAsText(providerId, providerStatus, segments));
        count(text, "sent");
        LOG.infof("Notification %s (%s) sent by text", text.id(), text.type());
    }

    /** Twilio reported it took the text while the attempt could not tell (a status callback came first). */
    void alreadySent(MailFacts text, UUID token) {
        record(text.id(), token, NotificationRepository.Outcome::sent);
        LOG.infof("Notification %s (%s) was sent by an earlier attempt", text.id(), text.type());
    }

    void deferred(MailFacts text, UUID token, Instant until, String reason) {
        record(text.id(), token, outcome -> outcome.deferTo(until, reason));
        count(text, "deferred");
        LOG.infof("Notification %s (%s) waits until %s: %s", text.id(), text.type(), until, reason);
    }

    void skipped(MailFacts text, UUID token, String reason) {
        record(text.id(), token, outcome -> outcome.skipped(reason));
        LOG.infof("Notification %s (%s) skipped: %s", text.id(), text.type(), reason);
    }

    /** Not a text after all: SKIPPED with the reason, and the same message by email. */
    void byEmail(MailFacts text, UUID token, String reason) {
        record(text.id(), token, outcome -> {
            if (outcome.skipped("by email instead: " + reason)) {
                sendByEmail(text);
            }
        });
        count(text, "by_email");
        LOG.infof("Notification %s (%s) goes by email: %s", text.id(), text.type(), reason);
    }

    /**
     * Twilio refused the text for good: FAILED, and the message by email; when no text will ever reach the number, that
     * is recorded as its opt-out, so its next messages go by email at once.
     */
    void refused(MailFacts text, UUID token, TextRefused refusal) {
        var error = "Twilio " + refusal.status() + (refusal.code() == null ? "" : " error " + refusal.code());
        record(text.id(), token, outcome -> {
            if (outcome.failed(error)) {
                sendByEmail(text);
            }
            if (refusal.closesTheNumber()) {
                optOuts.optOut(
                        text.recipient(),
                        TextConsentEvent.Source.PROVIDER,
                        String.valueOf(refusal.code()),
                        PROVIDER_ACTOR);
            }
        });
        count(text, "refused");
        LOG.warnf("Notification %s (%s) refused by Twilio (%s): goes by email", text.id(), text.type(), error);
    }

    /** A failure another attempt may not repeat: due again at {@code at}. */
    void retryAt(MailFacts text, UUID token, Instant at, String error) {
        record(text.id(), token, outcome -> outcome.retryAt(at, error));
        count(text, "retried");
        LOG.warnf("Notification %s (%s) text failed (%s), next at %s", text.id(), text.type(), error, at);
    }

    /** Attempts exhausted: FAILED, and the message by email. */
    void gaveUp(MailFacts text, UUID token, String error) {
        record(text.id(), token, outcome -> {
            if (outcome.failed(error)) {
                sendByEmail(text);
            }
        });
        count(text, "failed");
        LOG.warnf("Notification %s (%s) text FAILED (%s): goes by email", text.id(), text.type(), error);
    }

    private void sendByEmail(MailFacts text) {
        if (text.email() == null) {
            return;
        }
        outbox.add(new Message(
                text.type(),
                Channel.EMAIL,
                text.email(),
                text.leadId(),
                text.locationId(),
                text.appointmentId(),
                text.referralId(),
                text.sequence(),
                text.startsAt(),
                text.endsAt(),
                text.waitlistEntryId()));
    }

    private void record(UUID id, UUID token, Consumer<NotificationRepository.Outcome> change) {
        Outcomes.record("Notification " + id, () -> change.accept(notifications.outcomeOf(id, token, clock.instant())));
    }

    private void count(MailFacts text, String outcome) {
        metrics.counter("consult.texts", "type", MailCourier.tag(text.type()), "outcome", outcome)
                .increment();
    }
}
