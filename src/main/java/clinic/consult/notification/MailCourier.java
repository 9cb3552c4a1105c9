package clinic.consult.notification;

import clinic.consult.contact.EmailAddress;
import clinic.consult.outbox.Backoff;
import clinic.consult.outbox.Courier.Result;
import clinic.consult.outbox.Outcomes;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Delivers one claimed email: renders it from its facts, sends it over SMTP with no transaction open, and records
 * what happened. The outcome is recorded on its own, and while the database cannot take it the recording is retried
 * (the worker keeps renewing the lease meanwhile), so that a sent email is not sent again after a database blip.
 */
@ApplicationScoped
class MailCourier {

    private static final Logger LOG = Logger.getLogger(MailCourier.class);
    static final String CAPPED = "not sent: this address had its receipt lately (consult.mail.per-address)";
    private final NotificationRepository notifications;
    private final MailRenderer renderer;
    private final MailSender sender;
    private final MailConfig config;
    private final Backoff backoff;
    private final MeterRegistry metrics;
    private final Event<NotificationFailed> failures;
    private final Clock clock;

    MailCourier(
            NotificationRepository notifications,
            MailRenderer renderer,
            MailSender sender,
            MailConfig config,
            MeterRegistry metrics,
            Event<NotificationFailed> failures,
            Clock clock) {
        this.notifications = notifications;
        this.renderer = renderer;
        this.sender = sender;
        this.config = config;
        this.backoff =
                new Backoff(config.delivery().retryInitial(), config.delivery().retryMax());
        this.metrics = metrics;
        this.failures = failures;
        this.clock = clock;
    }

    /**
     * @param token the claim under which the worker holds the message
     * @param stopping whether the worker is stopping: checked until the message goes to the server, never after
     */
    Result deliver(MailFacts facts, UUID token, BooleanSupplier stopping) {
        var id = facts.id();
        if (facts.recipient() != null && !EmailAddress.isDeliverable(facts.recipient())) {
            // stored before intake refused such addresses: the mail client would stall on it
            failedForGood(facts, token, DeliveryError.UNSENDABLE_ADDRESS);
            return Result.NOT_DELIVERED;
        }
        if (overCap(facts)) {
            record(id, token, outcome -> outcome.skipped(CAPPED));
            metrics.counter("consult.notifications.capped", "type", tag(facts.type()))
                    .increment();
            LOG.infof("Notification %s (%s) not sent: its address had its receipt lately", id, facts.type());
            return Result.NOT_DELIVERED;
        }
        RenderedMail mail;
        try {
            mail = renderer.render(facts);
        } catch (MailRenderer.NoLongerApplies reason) {
            record(id, token, outcome -> outcome.skipped(reason.getMessage()));
            LOG.infof("Notification %s (%s) skipped: %s", id, facts.type(), reason.getMessage());
            return Result.NOT_DELIVERED;
        } catch (RuntimeException e) {
            failed(facts, token, e);
            return Result.NOT_DELIVERED;
        }
        if (stopping.getAsBoolean()) {
            return Result.HANDED_BACK;
        }
        try {
            sender.send(mail, facts.messageId());
        } catch (RuntimeException e) {
            if (DeliveryError.isPermanent(e)) {
                failedForGood(facts, token, DeliveryError.describe(e));
            } else {
                failed(facts, token, e);
            }
            return Result.NOT_DELIVERED;
        }
        record(id, token, NotificationRepository.Outcome::sent);
        metrics.counter("consult.notifications.sent", "type", tag(facts.type())).increment();
        LOG.infof("Notification %s (%s) sent", id, facts.type());
        return Result.DELIVERED;
    }

    /**
     * Whether a receipt's address had its share of receipts lately. One address's messages are sent one after the
     * other (the claim keeps each recipient's order), so two receipts to it are never counted at once.
     */
    private boolean overCap(MailFacts facts) {
        if (facts.type() != NotificationType.LEAD_RECEIVED || facts.recipient() == null) {
            return false;
        }
        var cap = config.perAddress();
        var since = clock.instant().minus(cap.window());
        return QuarkusTransaction.requiringNew()
                        .call(() -> notifications.sentTo(facts.recipient(), facts.type(), since))
                >= cap.receipts();
    }

    /** A failure another attempt would repeat: FAILED now, for an admin to look at. */
    private void failedForGood(MailFacts facts, UUID token, String error) {
        failForGood(facts, token, error);
        metrics.counter("consult.notifications.failed", "type", tag(facts.type()))
                .increment();
        LOG.warnf("Notification %s (%s) FAILED, not to be retried: %s", facts.id(), facts.type(), error);
    }

    private void failed(MailFacts facts, UUID token, RuntimeException failure) {
        var error = DeliveryError.describe(failure);
        var attempts = QuarkusTransaction.requiringNew().call(() -> notifications.attemptsOf(facts.id()));
        var type = tag(facts.type());
        if (attempts >= config.delivery().maxAttempts()) {
            failForGood(facts, token, error);
            metrics.counter("consult.notifications.failed", "type", type).increment();
            LOG.warnf("Notification %s (%s) FAILED after %d attempts: %s", facts.id(), facts.type(), attempts, error);
        } else {
            var retryAt = clock.instant().plus(backoff.after(attempts));
            record(facts.id(), token, outcome -> outcome.retryAt(retryAt, error));
            metrics.counter("consult.notifications.retried", "type", type, "trigger", "backoff")
                    .increment();
            LOG.warnf(
                    "Notification %s (%s) attempt %d failed (%s), next at %s",
                    facts.id(), facts.type(), attempts, error, retryAt);
        }
    }

    /** FAILED, and those who follow failures (webhooks) are told in the same transaction. */
    private void failForGood(MailFacts facts, UUID token, String error) {
        record(facts.id(), token, outcome -> {
            if (outcome.failed(error)) {
                failures.fire(new NotificationFailed(
                        facts.id(),
                        facts.type(),
                        facts.leadId(),
                        facts.locationId(),
                        facts.appointmentId(),
                        facts.referralId(),
                        error,
                        clock.instant()));
            }
        });
    }

    /** Records an outcome in a transaction of its own, retried while the database cannot take it. */
    private void record(UUID id, UUID token, Consumer<NotificationRepository.Outcome> change) {
        Outcomes.record("Notification " + id, () -> change.accept(notifications.outcomeOf(id, token, clock.instant())));
    }

    static String tag(NotificationType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
