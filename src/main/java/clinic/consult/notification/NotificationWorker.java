package clinic.consult.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Sends what the outbox holds. Any number of workers, on one instance or many, can run at once: each claims its
 * batch with {@code FOR UPDATE SKIP LOCKED} and pushes the claimed messages a lease ahead, so a message is never in
 * two workers' hands. No transaction is open while SMTP is talked to. A failed attempt is retried with exponential
 * backoff and jitter until the attempts run out; then the message is FAILED, for an admin to retry.
 */
// created at start, on the main thread, so that its mail context is an event-loop context of its own
@Startup
@ApplicationScoped
public class NotificationWorker {

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class);
    /** Batches one run takes at most, so a run ends even while messages keep arriving. */
    private static final int BATCHES_PER_RUN = 50;

    private final NotificationRepository notifications;
    private final MailRenderer renderer;
    private final ReactiveMailer mailer;
    private final Context mailContext;
    private final MailConfig config;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final AtomicLong backlogAgeSeconds = new AtomicLong();
    private final AtomicLong backlog = new AtomicLong();
    private volatile boolean stopping;

    NotificationWorker(
            NotificationRepository notifications,
            MailRenderer renderer,
            ReactiveMailer mailer,
            Vertx vertx,
            MailConfig config,
            MeterRegistry metrics,
            Clock clock) {
        this.notifications = notifications;
        this.renderer = renderer;
        this.mailer = mailer;
        this.mailContext = vertx.getOrCreateContext();
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
        Gauge.builder("consult.notifications.backlog.age", backlogAgeSeconds, AtomicLong::get)
                .description("Seconds the oldest unsent message has waited, as of this instance's last run")
                .baseUnit("seconds")
                .register(metrics);
        Gauge.builder("consult.notifications.backlog", backlog, AtomicLong::get)
                .description("Messages waiting to be sent, as of this instance's last run")
                .register(metrics);
    }

    @Scheduled(
            identity = "notification-delivery",
            every = "${consult.mail.delivery.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not while the instance shuts down: the database pool may already be closed
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        deliverDue();
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Sends every message due now, batch by batch; returns how many were sent. Callable from any thread. */
    @ActivateRequestContext
    public int deliverDue() {
        int sent = 0;
        var delivery = config.delivery();
        for (int batch = 0; batch < BATCHES_PER_RUN && !stopping; batch++) {
            var now = clock.instant();
            var claimed = QuarkusTransaction.requiringNew()
                    .call(() -> notifications.claimDue(now, now.plus(delivery.lease()), delivery.batchSize()));
            for (int i = 0; i < claimed.size(); i++) {
                if (stopping) {
                    // shutting down: what this worker claimed but has not sent goes back to the other instances now,
                    // not after the lease
                    var rest = claimed.subList(i, claimed.size());
                    QuarkusTransaction.requiringNew().run(() -> notifications.release(rest));
                    LOG.infof("Shutting down: %d claimed notifications released", rest.size());
                    return sent;
                }
                if (deliver(claimed.get(i))) {
                    sent++;
                }
            }
            if (claimed.size() < delivery.batchSize()) {
                break;
            }
        }
        updateBacklog();
        return sent;
    }

    private boolean deliver(UUID id) {
        var found = QuarkusTransaction.requiringNew().call(() -> notifications.facts(id));
        if (found.isEmpty()) {
            return false;
        }
        var facts = found.get();
        RenderedMail mail;
        try {
            mail = renderer.render(facts);
        } catch (MailRenderer.NoLongerApplies reason) {
            record(id, outcome -> outcome.skipped(reason.getMessage()));
            LOG.infof("Notification %s (%s) skipped: %s", id, facts.type(), reason.getMessage());
            return false;
        } catch (RuntimeException e) {
            failed(facts, e);
            return false;
        }
        try {
            send(toMail(mail, facts.messageId()));
        } catch (RuntimeException e) {
            failed(facts, e);
            return false;
        }
        record(id, outcome -> outcome.sent());
        metrics.counter("consult.notifications.sent", "type", tag(facts.type())).increment();
        LOG.infof("Notification %s (%s) sent", id, facts.type());
        return true;
    }

    /**
     * Sends on the mail client's own event-loop context and waits at most the send timeout. Subscribing from this
     * (non-Vert.x) thread gave each send a new context, and the client then now and then never saw the server's
     * greeting.
     */
    private void send(Mail mail) {
        var done = new CompletableFuture<Void>();
        mailContext.runOnContext(
                ignored -> mailer.send(mail).subscribe().with(done::complete, done::completeExceptionally));
        try {
            done.get(config.delivery().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        } catch (TimeoutException e) {
            throw new CompletionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    private Mail toMail(RenderedMail rendered, String messageId) {
        var mail = Mail.withText(rendered.to(), rendered.subject(), rendered.text())
                .setHtml(rendered.html())
                .addHeader("Message-ID", messageId);
        config.replyTo().ifPresent(mail::setReplyTo);
        if (rendered.calendar() != null) {
            mail.addAttachment(
                    "invite.ics",
                    rendered.calendar(),
                    "text/calendar; charset=UTF-8; method=" + rendered.calendarMethod());
        }
        return mail;
    }

    private void failed(MailFacts facts, RuntimeException failure) {
        var error = DeliveryError.describe(failure);
        var attempts = QuarkusTransaction.requiringNew().call(() -> notifications.attemptsOf(facts.id()));
        var type = tag(facts.type());
        if (attempts >= config.delivery().maxAttempts()) {
            record(facts.id(), outcome -> outcome.failed(error));
            metrics.counter("consult.notifications.failed", "type", type).increment();
            LOG.warnf("Notification %s (%s) FAILED after %d attempts: %s", facts.id(), facts.type(), attempts, error);
        } else {
            var retryAt = clock.instant().plus(backoff(attempts));
            record(facts.id(), outcome -> outcome.retryAt(retryAt, error));
            metrics.counter("consult.notifications.retried", "type", type, "trigger", "backoff")
                    .increment();
            LOG.warnf(
                    "Notification %s (%s) attempt %d failed (%s), next at %s",
                    facts.id(), facts.type(), attempts, error, retryAt);
        }
    }

    /** The wait after the n-th failed attempt: initial x 2^(n-1), at most the maximum, then 50-100% of that. */
    Duration backoff(int attempts) {
        var delivery = config.delivery();
        var full = delivery.retryInitial().multipliedBy(1L << Math.min(attempts - 1, 20));
        if (full.compareTo(delivery.retryMax()) > 0) {
            full = delivery.retryMax();
        }
        var millis = full.toMillis();
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }

    private void record(UUID id, Consumer<NotificationRepository.Outcome> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(notifications.outcomeOf(id, clock.instant())));
    }

    private void updateBacklog() {
        var now = clock.instant();
        var current = QuarkusTransaction.requiringNew().call(notifications::backlog);
        backlog.set(current.pending());
        backlogAgeSeconds.set(current.oldest()
                .map(oldest -> Math.max(0, Duration.between(oldest, now).toSeconds()))
                .orElse(0L));
    }

    private static String tag(NotificationType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
