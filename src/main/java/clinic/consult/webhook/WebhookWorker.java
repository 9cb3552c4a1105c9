package clinic.consult.webhook;

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
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Delivers what the webhook outbox holds with the {@link LeasedWorker} the email outbox uses: at least once, each
 * delivery in one worker's hands at a time across instances ({@code FOR UPDATE SKIP LOCKED} and a lease), each lead's
 * events to a subscription in order, and never inside the request that caused them.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);

    private final DeliveryRepository deliveries;
    private final DatabaseFaults faults;
    private final WebhookConfig config;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final LeasedWorker worker;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong backlogAge = new AtomicLong();
    private final Map<UUID, AtomicLong> backlogOf = new ConcurrentHashMap<>();

    WebhookWorker(
            DeliveryRepository deliveries,
            WebhookCourier courier,
            DatabaseFaults faults,
            WebhookConfig config,
            MeterRegistry metrics,
            Clock clock) {
        this.deliveries = deliveries;
        this.faults = faults;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
        this.worker = new LeasedWorker(
                "webhook", deliveries, courier, config.parallel(), config.lease(), config.timeout(), clock);
        Gauge.builder("consult.webhooks.backlog", backlog, AtomicLong::get)
                .description("Webhook deliveries waiting, as of this instance's last run")
                .register(metrics);
        Gauge.builder("consult.webhooks.backlog.age", backlogAge, AtomicLong::get)
                .description("Seconds the oldest waiting webhook delivery has waited, as of this instance's last run")
                .baseUnit("seconds")
                .register(metrics);
    }

    @Scheduled(
            identity = "webhook-delivery",
            every = "${consult.webhooks.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        faults.runJob("webhook-delivery", this::deliverDue);
    }

    @Scheduled(
            identity = "webhook-events-purge",
            every = "1h",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void forgetOldEvents() {
        faults.runJob("webhook-events-purge", () -> QuarkusTransaction.requiringNew()
                .run(() -> deliveries.forgetEventsBefore(clock.instant().minus(config.keepEvents()))));
    }

    /** Delivers everything due now; returns how many were delivered. Callable from any thread, also concurrently. */
    @ActivateRequestContext
    public int deliverDue() {
        if (worker.stopping()) {
            return 0;
        }
        int delivered = worker.deliverDue();
        updateBacklog();
        return delivered;
    }

    void onShutdownBegun(@Observes ShutdownDelayInitiatedEvent event) {
        stop();
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stop();
    }

    private void stop() {
        if (!worker.stop()) {
            LOG.warnf(
                    "Shutting down with %d webhook deliveries under way: they go again after their lease",
                    worker.held());
        }
    }

    @PreDestroy
    void stopThreads() {
        worker.close();
    }

    private void updateBacklog() {
        var now = clock.instant();
        var current = QuarkusTransaction.requiringNew().call(deliveries::backlog);
        backlog.set(
                current.stream().mapToLong(DeliveryRepository.Backlog::pending).sum());
        backlogAge.set(current.stream()
                .map(DeliveryRepository.Backlog::oldest)
                .min(Instant::compareTo)
                .map(oldest -> Math.max(0, Duration.between(oldest, now).toSeconds()))
                .orElse(0L));
        backlogOf.values().forEach(gauge -> gauge.set(0));
        for (var row : current) {
            backlogOf
                    .computeIfAbsent(row.subscriptionId(), id -> {
                        var gauge = new AtomicLong();
                        Gauge.builder("consult.webhooks.subscription.backlog", gauge, AtomicLong::get)
                                .description("Webhook deliveries waiting for one subscription")
                                .tag("subscription", id.toString())
                                .register(metrics);
                        return gauge;
                    })
                    .set(row.pending());
        }
    }
}
