package clinic.consult.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * Records the outcome of a delivery in a transaction of its own. While the database cannot take it (a restart, a
 * fail-over) it tries again, waiting a little longer each time, for up to ten minutes, while the worker keeps renewing
 * the lease: what was sent is recorded as sent, not sent again after a database blip.
 */
public final class Outcomes {

    private static final Logger LOG = Logger.getLogger(Outcomes.class);
    private static final Duration RETRY_FIRST = Duration.ofMillis(200);
    private static final Duration RETRY_MAX = Duration.ofSeconds(2);
    /** How long a recording is retried at most: beyond it the lease has long run out, and the row goes again. */
    private static final Duration RETRY_FOR = Duration.ofMinutes(10);

    private Outcomes() {}

    /** @param what the row, for the log (an id) */
    public static void record(String what, Runnable change) {
        var wait = RETRY_FIRST;
        var giveUpAt = Instant.now().plus(RETRY_FOR);
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(change);
                if (attempt > 1) {
                    LOG.infof("%s: outcome recorded at attempt %d", what, attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (Instant.now().isAfter(giveUpAt)) {
                    throw e;
                }
                if (attempt == 1) {
                    LOG.warnf(
                            "%s: outcome not recorded yet (%s), trying again",
                            what, e.getClass().getSimpleName());
                }
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(RETRY_MAX) > 0 ? RETRY_MAX : wait.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }
}
