package clinic.consult.slot;

import io.quarkus.arc.Arc;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Computes slot lists and routing figures again behind the answers that serve them ({@link SlotCache},
 * {@link SoonestSlots}): one thread of its own, outside the request threads and their contexts, each refresh in a
 * request context of its own (the repositories' session). At most {@value #QUEUED} wait; past that a refresh is
 * refused ({@link RejectedExecutionException}) and its list is computed by a caller once it expires.
 */
@ApplicationScoped
class Refresher implements Executor {

    private static final Logger LOG = Logger.getLogger(Refresher.class);
    private static final int QUEUED = 256;

    private final ThreadPoolExecutor pool =
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED), runnable -> {
                var thread = new Thread(runnable, "slot-refresh");
                thread.setDaemon(true);
                return thread;
            });

    @Override
    public void execute(Runnable refresh) {
        pool.execute(() -> {
            var context = Arc.container().requestContext();
            context.activate();
            try {
                refresh.run();
            } finally {
                context.terminate();
            }
        });
    }

    /**
     * Hands {@code refresh} to {@code refresher} unless one is already under way for the same list ({@code underWay}
     * set); {@code what} names the list in the log. The flag is cleared when the refresh fails or is refused, so that
     * a later caller hands it over again; it stays set once the refresh has stored what replaces the list.
     */
    static void once(Executor refresher, AtomicBoolean underWay, Runnable refresh, Object what) {
        if (!underWay.compareAndSet(false, true)) {
            return;
        }
        try {
            refresher.execute(() -> {
                try {
                    refresh.run();
                } catch (RuntimeException e) {
                    // served until it expires; then a caller computes it and meets the failure itself
                    underWay.set(false);
                    LOG.debugf(
                            "%s could not be refreshed: %s", what, e.getClass().getName());
                }
            });
        } catch (RejectedExecutionException e) {
            // more than the refresher can do, or stopping: a caller computes it once it expires
            underWay.set(false);
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
