package clinic.consult.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.jboss.logging.Logger;

/**
 * Works an outbox several rows at a time, the same way for every outbox (emails, webhook deliveries). Any number of
 * workers, on one instance or many, can run at once: each claims rows under a token of its own and a short lease,
 * which it renews while it holds them, so a row is never in two workers' hands and a crashed worker's rows are free
 * again within a lease. One row that stalls its receiver holds one of the parallel deliveries, never the others. At
 * {@link #stop()} it stops claiming, gives back what it has not started and lets what is under way finish, for at most
 * the send timeout (ten seconds at most).
 */
public final class LeasedWorker {

    private static final Logger LOG = Logger.getLogger(LeasedWorker.class);
    /** Rows one run takes at most, so a run ends even while rows keep arriving. */
    private static final int ROWS_PER_RUN = 1_000;

    private static final Duration IDLE_POLL = Duration.ofMillis(100);

    private final String name;
    private final LeasedQueue queue;
    private final Courier courier;
    private final int parallel;
    private final Duration lease;
    private final Duration sendTimeout;
    private final Clock clock;
    private final UUID token = UUID.randomUUID();
    private final ExecutorService senders;
    private final ScheduledExecutorService leases;
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();
    private final AtomicInteger runs = new AtomicInteger();
    private volatile boolean stopping;

    /**
     * @param name what it works, for its threads and its log lines ("notification", "webhook")
     * @param sendTimeout the longest one delivery may take; at most half the lease, so that a row being delivered
     *     stays in the hands of the worker delivering it
     */
    public LeasedWorker(
            String name,
            LeasedQueue queue,
            Courier courier,
            int parallel,
            Duration lease,
            Duration sendTimeout,
            Clock clock) {
        if (sendTimeout.compareTo(lease.dividedBy(2)) > 0) {
            throw new IllegalStateException(
                    name + ": the send timeout must be at most half the lease: a row being delivered must stay in"
                            + " the hands of the worker delivering it");
        }
        this.name = name;
        this.queue = queue;
        this.courier = courier;
        this.parallel = parallel;
        this.lease = lease;
        this.sendTimeout = sendTimeout;
        this.clock = clock;
        var sender = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(parallel, runnable -> {
            var thread = new Thread(runnable, name + "-sender-" + sender.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.leases = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, name + "-leases");
            thread.setDaemon(true);
            return thread;
        });
        var renewEvery = lease.dividedBy(3).toMillis();
        leases.scheduleWithFixedDelay(this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
    }

    /**
     * Delivers every row due now, up to {@code parallel} at a time, and returns once none is claimable and none is in
     * flight; returns how many were delivered. Callable from any thread, also concurrently.
     */
    public int deliverDue() {
        if (stopping) {
            return 0;
        }
        runs.incrementAndGet();
        try {
            var inFlight = new ExecutorCompletionService<Courier.Result>(senders);
            int running = 0;
            int taken = 0;
            int delivered = 0;
            while (true) {
                int free = parallel - running;
                if (free > 0 && !stopping && taken < ROWS_PER_RUN) {
                    var now = clock.instant();
                    var claimed = QuarkusTransaction.requiringNew()
                            .call(() -> queue.claim(now, now.plus(lease), free, token));
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
                // wait for a delivery to end; when nothing could be claimed, look again shortly: an earlier row that
                // holds this one back (same recipient, same lead) may be done by then
                var done = inFlight.poll(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
                while (done != null) {
                    running--;
                    if (result(done) == Courier.Result.DELIVERED) {
                        delivered++;
                    }
                    done = inFlight.poll();
                }
            }
            return delivered;
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

    private Courier.Result deliverHeld(UUID id) {
        try {
            var result = courier.deliver(id, token, () -> stopping);
            if (result == Courier.Result.HANDED_BACK) {
                QuarkusTransaction.requiringNew().run(() -> queue.release(List.of(id), token));
            }
            return result;
        } catch (RuntimeException e) {
            // left to its lease: another attempt comes when it runs out
            LOG.warnf("%s %s: delivery broke off (%s)", name, id, e.getClass().getSimpleName());
            return Courier.Result.NOT_DELIVERED;
        } finally {
            held.remove(id);
        }
    }

    private static Courier.Result result(Future<Courier.Result> done) {
        try {
            return done.get();
        } catch (Exception e) {
            return Courier.Result.NOT_DELIVERED;
        }
    }

    /** Keeps the rows this worker holds out of other workers' reach while it works on them. */
    private void renewLeases() {
        if (held.isEmpty()) {
            return;
        }
        try {
            var leaseUntil = clock.instant().plus(lease);
            QuarkusTransaction.requiringNew().run(() -> queue.renew(Set.copyOf(held), token, leaseUntil));
        } catch (RuntimeException e) {
            // the database is away: the delivery records its outcome when it is back
            LOG.debugf("%s leases not renewed: %s", name, e.getClass().getSimpleName());
        }
    }

    /**
     * Stops claiming; rows not yet handed over go back at once; deliveries under way get up to the send timeout (at
     * most ten seconds) to end and be recorded. One still going after that keeps its lease and goes again after it.
     * Returns whether nothing was left in its hands.
     */
    public boolean stop() {
        if (stopping && runs.get() == 0) {
            return true;
        }
        stopping = true;
        var wait = sendTimeout.compareTo(Duration.ofSeconds(10)) < 0 ? sendTimeout : Duration.ofSeconds(10);
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
        return runs.get() == 0;
    }

    /** Whether {@link #stop()} was called. */
    public boolean stopping() {
        return stopping;
    }

    /** How many rows this worker holds right now. */
    public int held() {
        return held.size();
    }

    /** Ends the worker's threads, once the application no longer needs it. */
    public void close() {
        leases.shutdownNow();
        senders.shutdownNow();
    }
}
