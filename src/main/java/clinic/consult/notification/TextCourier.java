package clinic.consult.notification;

import clinic.consult.notification.text.Segments;
import clinic.consult.notification.text.TextConfig;
import clinic.consult.notification.text.TextRefused;
import clinic.consult.notification.text.TwilioMessages;
import clinic.consult.outbox.Backoff;
import clinic.consult.outbox.Courier.Result;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Delivers one claimed text: checks it may go now ({@link TextChecks}), writes it, hands it to Twilio with no
 * transaction open, and records what happened ({@link TextOutcomes}). Twilio has no idempotency key, so a text whose
 * attempt ended without an answer (a time-out, a crash) is only sent again if Twilio's status callback has not
 * reported it meanwhile; the callback URL carries the message's id for that.
 */
@ApplicationScoped
class TextCourier {

    private final TextChecks checks;
    private final TextRenderer renderer;
    private final TwilioMessages twilio;
    private final TextOutcomes outcomes;
    private final TextConfig config;
    private final MailConfig mail;
    private final Backoff backoff;
    private final Clock clock;

    TextCourier(
            TextChecks checks,
            TextRenderer renderer,
            TwilioMessages twilio,
            TextOutcomes outcomes,
            TextConfig config,
            MailConfig mail,
            Clock clock) {
        this.checks = checks;
        this.renderer = renderer;
        this.twilio = twilio;
        this.outcomes = outcomes;
        this.config = config;
        this.mail = mail;
        this.backoff =
                new Backoff(mail.delivery().retryInitial(), mail.delivery().retryMax());
        this.clock = clock;
    }

    Result deliver(MailFacts text, UUID token, BooleanSupplier stopping) {
        if (text.providerId() != null) {
            outcomes.alreadySent(text, token);
            return Result.DELIVERED;
        }
        String body;
        try {
            body = renderer.render(text);
        } catch (MailRenderer.NoLongerApplies reason) {
            outcomes.skipped(text, token, reason.getMessage());
            return Result.NOT_DELIVERED;
        }
        var decision = QuarkusTransaction.requiringNew().call(() -> checks.check(text));
        if (decision instanceof TextChecks.ByEmail byEmail) {
            outcomes.byEmail(text, token, byEmail.reason());
            return Result.NOT_DELIVERED;
        }
        if (decision instanceof TextChecks.Defer defer) {
            outcomes.deferred(text, token, defer.until(), TextChecks.QUIET_NOW);
            return Result.NOT_DELIVERED;
        }
        if (stopping.getAsBoolean()) {
            return Result.HANDED_BACK;
        }
        try {
            var accepted = twilio.send(text.recipient(), body, statusCallback(text.id()));
            outcomes.sent(text, token, accepted.sid(), accepted.status(), Segments.of(body));
            return Result.DELIVERED;
        } catch (TextRefused refusal) {
            if (refusal.permanent()) {
                outcomes.refused(text, token, refusal);
            } else {
                retryOrGiveUp(text, token, refusal.getMessage());
            }
        } catch (RuntimeException e) {
            // a time-out or a broken connection comes wrapped: its own name says which
            var cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            retryOrGiveUp(text, token, cause.getClass().getSimpleName());
        }
        return Result.NOT_DELIVERED;
    }

    private void retryOrGiveUp(MailFacts text, UUID token, String error) {
        var attempts = QuarkusTransaction.requiringNew().call(() -> checks.attemptsOf(text.id()));
        if (attempts >= mail.delivery().maxAttempts()) {
            outcomes.gaveUp(text, token, error);
        } else {
            outcomes.retryAt(text, token, clock.instant().plus(backoff.after(attempts)), error);
        }
    }

    private URI statusCallback(UUID id) {
        return URI.create(MailRenderer.stripSlash(config.publicUrl().orElseThrow()) + TextWebhooks.STATUS + "?n=" + id);
    }
}
