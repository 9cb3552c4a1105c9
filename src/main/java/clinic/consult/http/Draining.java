package clinic.consult.http;

import clinic.consult.problem.Problem;
import clinic.consult.problem.ProblemType;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * The graceful shutdown of the API: on SIGTERM, new requests get a 503 problem with {@code Retry-After} (the load
 * balancer sends them to another instance), the readiness check says DOWN, and the requests in flight get up to
 * {@code CONSULT_SHUTDOWN_TIMEOUT} to finish. Only then does the shutdown go on (the email worker, then the database
 * pool). Quarkus' own graceful shutdown answers a bare 503 with no body, so this one takes its place, at the moment
 * the shutdown begins ({@link ShutdownDelayInitiatedEvent}), while the server still takes connections.
 */
@ApplicationScoped
@Readiness
public class Draining implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(Draining.class);
    private static final int AFTER_CORRELATION_ID = 9_950;
    /** Before every other shutdown observer: requests still running need the database. */
    static final int FIRST_AT_SHUTDOWN = 100;

    private final Duration timeout;
    private final ProblemWriter problems;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    Draining(
            @ConfigProperty(name = "consult.shutdown.timeout", defaultValue = "25S") Duration timeout,
            ProblemWriter problems) {
        this.timeout = timeout;
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(
                routing -> {
                    if (draining) {
                        var problem = Problem.of(
                                ProblemType.SERVICE_UNAVAILABLE,
                                "This instance is shutting down; nothing was done. Send the request again.",
                                routing.request().path());
                        problems.end(
                                routing.response()
                                        .putHeader(HttpHeaders.RETRY_AFTER, "1")
                                        .putHeader(HttpHeaders.CONNECTION, "close"),
                                problem);
                        return;
                    }
                    inFlight.incrementAndGet();
                    // called once: the answer is written, or the connection is gone
                    routing.addEndHandler(ended -> inFlight.decrementAndGet());
                    routing.next();
                },
                AFTER_CORRELATION_ID);
    }

    /** The shutdown begins: the HTTP server still takes requests, and from now on this answers them. */
    void drain(@Observes @Priority(FIRST_AT_SHUTDOWN) ShutdownDelayInitiatedEvent event) {
        drain();
    }

    /** The shutdown goes on; normally the drain is over by now (without a shutdown delay it happens here). */
    void drain(@Observes @Priority(FIRST_AT_SHUTDOWN) ShutdownEvent event) {
        if (!draining) {
            drain();
        }
    }

    private void drain() {
        draining = true;
        long until = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (inFlight.get() > 0) {
            LOG.warnf("Shutting down with %d requests still running after %s", inFlight.get(), timeout);
        } else {
            LOG.info("Shutting down: no request in flight");
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Accepting requests").status(!draining).build();
    }
}
