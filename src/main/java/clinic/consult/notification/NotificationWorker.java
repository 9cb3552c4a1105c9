package clinic.consult.notification;

import clinic.consult.db.DatabaseFaults;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Sends what the outbox holds, several messages at a time. Any number of workers, on one instance or many, can run at
 * once: each claims messages with {@code FOR UPDATE SKIP LOCKED} under a claim token of its own and pushes them a
 * short lease ahead, which it renews while it holds them, so a message is never in two workers' hands and a crashed
 * worker's messages are free again within a lease. One message that stalls the mail client or the server holds one
 * of the parallel sends, never the others. At shutdown it stops claiming, finishes or hands back what it holds, and
 * only then lets the database pool close.
 */
@ApplicationScoped
public class NotificationWorker {

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class);
    /** Messages one run takes at most, so a run ends even while messages keep arriving. */
    private static final int MESSAGES_PER_RUN = 1_000;

    private static final Duration IDLE_POLL = Duration.ofMillis(100);

    private final NotificationRepository notifications;
    private final NotificationDelivery delivery;
    private final DatabaseFaults faults;
    private final MailConfig.Delivery config;
    private final Clock clock;
    private final UUID token = UUID.randomUUID();
    private final ExecutorService senders;
    private final ScheduledExecutorService leases;
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();
    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicLong backlogAgeSeconds = new AtomicLong();
    private final AtomicLong backlog = new AtomicLong();
    private volatile boolean stopping;

    NotificationWorker(
            NotificationRepository notifications,
            NotificationDelivery delivery,
            DatabaseFaults faults,
            MailConfig config,
            MeterRegistry metrics,
            Clock clock) {
        this.notifications = notifications;
        this.delivery = delivery;
        this.faults = faults;
        this.config = config.delivery();
        this.clock = clock;
        if (this.config.sendTimeout().compareTo(this.config.lease().dividedBy(2)) > 0) {
            throw new IllegalStateException("consult.mail.delivery.send-timeout must be at most half the lease: a"
                    + " message being sent must stay in the hands of the worker sending it");
        }
        var sender = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(this.config.parallel(), runnable -> {
            var thread = new Thread(runnable, "notification-sender-" + sender.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.leases = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "notification-leases");
            thread.setDaemon(true);
            return thread;
        });
        var renewEvery = this.config.lease().dividedBy(3).toMillis();
        leases.scheduleWithFixedDelay(this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
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
     * Sends every message due now, up to {@code parallel} at a time, and returns once none is claimable and none is
     * in flight; returns how many were sent. Callable from any thread, also concurrently.
     */
    @ActivateRequestContext
    public int deliverDue() {
        if (stopping) {
            return 0;
        }
        runs.incrementAndGet();
        try {
            var inFlight = new ExecutorCompletionService<NotificationDelivery.Result>(senders);
            int running = 0;
            int taken = 0;
            int sent = 0;
            while (true) {
                int free = config.parallel() - running;
                if (free > 0 && !stopping && taken < MESSAGES_PER_RUN) {
                    var now = clock.instant();
                    var claimed = QuarkusTransaction.requiringNew()
                            .call(() -> notifications.claimDue(now, now.plus(config.lease()), free, token));
                    held.addAll(claimed);
                    for (var id : claimed) {
                        inFlight.submit(() -> deliverHeld(id));
                    }
                    running += claimed.size();
                    taken += claimed.size();
                    if (claimed.isEmpty() && running == 0) {
                        break;
                    }
                } else if (running == 0) {
                    break;
                }
                // wait for a send to end; when nothing could be claimed, look again shortly: an earlier message of a
                // recipient another worker is sending may be done by then
                var done = inFlight.poll(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
                while (done != null) {
                    running--;
                    if (result(done) == NotificationDelivery.Result.SENT) {
                        sent++;
                    }
                    done = inFlight.poll();
                }
            }
            updateBacklog();
            return sent;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            synchronized (runs) {
                runs.decrementAndGet();
                runs.notifyAll();
            }
        }
    }

    private NotificationDelivery.Result deliverHeld(UUID id) {
        try {
            var result = delivery.deliver(id, token, () -> stopping);
            if (result == NotificationDelivery.Result.HANDED_BACK) {
                QuarkusTransaction.requiringNew().run(() -> notifications.release(List.of(id), token));
            }
            return result;
        } catch (RuntimeException e) {
            // left to its lease: another attempt comes when it runs out
            LOG.warnf(
                    "Notification %s: delivery broke off (%s)", id, e.getClass().getSimpleName());
            return NotificationDelivery.Result.NOT_SENT;
        } finally {
            held.remove(id);
        }
    }

    private static NotificationDelivery.Result result(Future<NotificationDelivery.Result> done) {
        try {
            return done.get();
        } catch (Exception e) {
            return NotificationDelivery.Result.NOT_SENT;
        }
    }

    /** Keeps the messages this worker holds out of other workers' reach while it works on them. */
    private void renewLeases() {
        if (held.isEmpty()) {
            return;
        }
        try {
            var leaseUntil = clock.instant().plus(config.lease());
            QuarkusTransaction.requiringNew().run(() -> notifications.renew(Set.copyOf(held), token, leaseUntil));
        } catch (RuntimeException e) {
            // the database is away: the delivery records its outcome when it is back
            LOG.debugf("Leases not renewed: %s", e.getClass().getSimpleName());
        }
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
        if (stopping && runs.get() == 0) {
            return;
        }
        stopping = true;
        var wait = config.sendTimeout().compareTo(Duration.ofSeconds(10)) < 0
                ? config.sendTimeout()
                : Duration.ofSeconds(10);
        var until = System.nanoTime() + wait.toNanos();
        synchronized (runs) {
            while (runs.get() > 0 && System.nanoTime() < until) {
                try {
                    runs.wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (runs.get() > 0) {
            LOG.warnf(
                    "Shutting down with %d notifications still being sent: they go again after their lease",
                    held.size());
        } else {
            LOG.info("Notification worker stopped: nothing left in its hands");
        }
    }

    @PreDestroy
    void stopThreads() {
        leases.shutdownNow();
        senders.shutdownNow();
    }

    /** Whether this worker holds no message: for tests and the shutdown. */
    boolean holdsNothing() {
        return held.isEmpty();
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
