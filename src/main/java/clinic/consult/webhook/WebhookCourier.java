package clinic.consult.webhook;

import clinic.consult.notification.NotificationType;
import clinic.consult.notification.Outbox;
import clinic.consult.outbox.Backoff;
import clinic.consult.outbox.Courier;
import clinic.consult.outbox.Outcomes;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Delivers one claimed webhook: the event's envelope ({@code id}, {@code type}, {@code timestamp}, {@code data}),
 * with the lead's contact details only for a subscription that opted in (each disclosure audited once the body has
 * left), signed with every live secret, POSTed with no transaction open, and the outcome recorded. A 2xx is delivered; a 5xx, a 429 (not
 * before its Retry-After), a time-out, a failed connection or a refused address goes again after a backoff with
 * jitter; any other answer (a redirect, a 4xx) is FAILED at once, as another attempt would be answered alike. Every
 * failed attempt lengthens the subscription's run of failures; the run's limit disables it and tells the clinic inbox.
 * A receiver that stalls (no answer in time, no connection) pauses its subscription, so that it cannot keep taking the
 * worker's slots from the others.
 */
@ApplicationScoped
class WebhookCourier implements Courier {

    private static final Logger LOG = Logger.getLogger(WebhookCourier.class);

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final Sender sender;
    private final WebhookMessages messages;
    private final Outbox outbox;
    private final WebhookConfig config;
    private final Backoff backoff;
    private final MeterRegistry metrics;
    private final Clock clock;

    WebhookCourier(
            DeliveryRepository deliveries,
            WebhookRepository webhooks,
            Sender sender,
            WebhookMessages messages,
            Outbox outbox,
            WebhookConfig config,
            MeterRegistry metrics,
            Clock clock) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.sender = sender;
        this.messages = messages;
        this.outbox = outbox;
        this.config = config;
        this.backoff = new Backoff(config.retryInitial(), config.retryMax());
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    @ActivateRequestContext
    public Result deliver(UUID id, UUID token, BooleanSupplier stopping) {
        var ready = QuarkusTransaction.requiringNew().call(() -> messages.prepare(id, token));
        if (ready == null) {
            return Result.NOT_DELIVERED;
        }
        if (stopping.getAsBoolean()) {
            return Result.HANDED_BACK;
        }
        var parcel = ready.parcel();
        var now = clock.instant();
        var webhookId = parcel.eventId().toString();
        long timestamp = now.getEpochSecond();
        var headers = Map.of(
                "webhook-id", webhookId,
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", Signatures.header(ready.secrets(), webhookId, timestamp, ready.body()));
        Sender.Answer answer;
        try {
            answer = sender.post(parcel.url(), headers, ready.body(), now);
        } catch (SsrfGuard.RefusedAddressException e) {
            return failed(ready, token, null, null, e.getMessage(), true, Optional.empty(), false, false);
        } catch (CompletionException e) {
            // a receiver that did not answer in time may have taken the body; one never reached has not
            var timedOut = e.getCause() instanceof TimeoutException;
            var error = timedOut
                    ? "the receiver did not answer in time"
                    : "the receiver could not be reached ("
                            + e.getCause().getClass().getSimpleName() + ")";
            return failed(ready, token, null, null, error, true, Optional.empty(), timedOut, true);
        }
        var status = answer.status();
        var latency = answer.took().toMillis();
        if (status >= 200 && status < 300) {
            Outcomes.record("Webhook delivery " + id, () -> {
                deliveries.delivered(id, token, status, latency, clock.instant());
                webhooks.deliveredAttempt(parcel.subscriptionId());
                messages.auditDisclosure(ready, true);
            });
            count(parcel, "delivered", answer.took());
            LOG.infof(
                    "Webhook delivery %s (%s) delivered: %d", id, parcel.type().wire(), status);
            return Result.DELIVERED;
        }
        boolean retry = status == 429 || status >= 500;
        var error = "the receiver answered " + status;
        return failed(
                ready,
                token,
                status,
                latency,
                error,
                retry,
                status == 429 ? answer.retryAfter() : Optional.empty(),
                true,
                false);
    }

    private Result failed(
            WebhookMessages.Ready ready,
            UUID token,
            Integer status,
            Long latency,
            String error,
            boolean retryable,
            Optional<Instant> retryAfter,
            boolean left,
            boolean stalled) {
        var parcel = ready.parcel();
        var now = clock.instant();
        Instant next = null;
        if (retryable && parcel.attempt() < config.maxAttempts()) {
            next = now.plus(backoff.after(parcel.attempt()));
            if (retryAfter.isPresent() && retryAfter.get().isAfter(next)) {
                next = retryAfter.get().isAfter(now.plus(config.retryMax()))
                        ? now.plus(config.retryMax())
                        : retryAfter.get();
            }
        }
        var nextAttempt = next;
        Outcomes.record("Webhook delivery " + parcel.deliveryId(), () -> {
            deliveries.attemptFailed(parcel.deliveryId(), token, status, latency, error, nextAttempt);
            messages.auditDisclosure(ready, left);
            int run = webhooks.failedAttempt(parcel.subscriptionId());
            if (stalled) {
                // none of its deliveries takes a worker's slot for a while, longer after each stall in a row
                webhooks.pause(parcel.subscriptionId(), now.plus(backoff.after(run)));
            }
            if (run >= config.disableAfter()
                    && webhooks.disable(
                            parcel.subscriptionId(), "disabled after " + run + " failed attempts in a row", now)) {
                outbox.toClinic(NotificationType.WEBHOOK_DISABLED);
                LOG.warnf(
                        "Webhook subscription %s disabled after %d failed attempts in a row",
                        parcel.subscriptionId(), run);
            }
        });
        count(parcel, nextAttempt == null ? "failed" : "retried", Duration.ZERO);
        if (nextAttempt == null) {
            LOG.warnf(
                    "Webhook delivery %s (%s) FAILED at attempt %d: %s",
                    parcel.deliveryId(), parcel.type().wire(), parcel.attempt(), error);
        } else {
            LOG.infof(
                    "Webhook delivery %s (%s) attempt %d failed (%s), next at %s",
                    parcel.deliveryId(), parcel.type().wire(), parcel.attempt(), error, nextAttempt);
        }
        return Result.NOT_DELIVERED;
    }

    private void count(DeliveryRepository.Parcel parcel, String outcome, Duration took) {
        metrics.counter(
                        "consult.webhooks.deliveries",
                        "outcome",
                        outcome,
                        "subscription",
                        parcel.subscriptionId().toString())
                .increment();
        if (!took.isZero()) {
            Timer.builder("consult.webhooks.latency")
                    .tag("subscription", parcel.subscriptionId().toString())
                    .register(metrics)
                    .record(took);
        }
    }
}
