package clinic.consult.slot;

import io.quarkus.arc.Arc;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Where the slot caches ({@link SlotCache}, {@link SoonestSlots}) compute behind the answers that serve them: one
 * thread of its own, outside the request threads, each task in a request context of its own (the repositories'
 * session). At most {@value #QUEUED} wait; past that a refresh is refused and its list is computed by a caller once
 * it expires.
 */
@ApplicationScoped
class Refresher implements Executor {

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

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
