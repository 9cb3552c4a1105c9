package clinic.consult.notification;

import clinic.consult.db.DatabaseFaults;
import clinic.consult.outbox.LeasedWorker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Sends what the outbox holds (emails and texts), several messages at a time, with the {@link LeasedWorker} every outbox uses: a
 * message is never in two workers' hands, a crashed worker's messages are free again within a lease, and a message
 * waits while an earlier unsent one about the same appointment or to the same recipient exists. At shutdown it stops
 * claiming, finishes or hands back what it holds, and only then lets the database pool close.
 */
@ApplicationScoped
public class NotificationWorker {

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class);

    private final NotificationRepository notifications;
    private final DatabaseFaults faults;
    private final Clock clock;
    private final LeasedWorker worker;
    private final AtomicLong backlogAgeSeconds = new AtomicLong();
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicBoolean stopped = new AtomicBoolean();

    NotificationWorker(
            NotificationRepository notifications,
            NotificationCourier delivery,
            DatabaseFaults faults,
            MailConfig config,
            MeterRegistry metrics,
            Clock clock) {
        this.notifications = notifications;
        this.faults = faults;
        this.clock = clock;
        var settings = config.delivery();
        this.worker = new LeasedWorker(
                "notification",
                notifications,
                delivery,
                settings.parallel(),
                settings.lease(),
                settings.sendTimeout(),
                clock);
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
        faults.runJob("notification-delivery", this::deliverDue);
    }

    /**
     * Sends every message due now and returns once none is claimable and none is in flight; returns how many were
     * sent. Callable from any thread, also concurrently.
     */
    @ActivateRequestContext
    public int deliverDue() {
        if (worker.stopping()) {
            return 0;
        }
        int sent = worker.deliverDue();
        updateBacklog();
        return sent;
    }

    /**
     * Shutting down: no more claims; messages not yet handed to the server go back at once; sends under way get up to
     * the send timeout (at most ten seconds) to end and be recorded, before the pool closes. A send still going after
     * that keeps its lease and goes again after it, with the same Message-ID.
     */
    void onShutdownBegun(@Observes ShutdownDelayInitiatedEvent event) {
        stop();
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stop();
    }

    private void stop() {
        if (!worker.stop()) {
            LOG.warnf(
                    "Shutting down with %d notifications still being sent: they go again after their lease",
                    worker.held());
        } else if (stopped.compareAndSet(false, true)) {
            LOG.info("Notification worker stopped: nothing left in its hands");
        }
    }

    @PreDestroy
    void stopThreads() {
        worker.close();
    }

    /** Whether this worker holds no message: for tests and the shutdown. */
    boolean holdsNothing() {
        return worker.held() == 0;
    }

    private void updateBacklog() {
        var now = clock.instant();
        var current = QuarkusTransaction.requiringNew().call(notifications::backlog);
        backlog.set(current.pending());
        backlogAgeSeconds.set(current.oldest()
                .map(oldest -> Math.max(0, Duration.between(oldest, now).toSeconds()))
                .orElse(0L));
    }
}
