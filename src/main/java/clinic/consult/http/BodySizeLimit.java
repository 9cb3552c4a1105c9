package clinic.consult.http;

import clinic.consult.problem.Problem;
import clinic.consult.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request body over {@code quarkus.http.limits.max-body-size} with a problem+json 413 before reading it.
 * The HTTP layer enforces the same limit on bodies sent without a length, with a bare 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final int AFTER_CORRELATION_ID = 9_000;

    private final long maxBytes;
    private final ProblemWriter problems;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max, ProblemWriter problems) {
        this.maxBytes = max.asLongValue();
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, AFTER_CORRELATION_ID);
    }

    private void check(RoutingContext routing) {
        var length = routing.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            var problem = Problem.of(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than the " + maxBytes + " bytes this service accepts",
                    routing.request().path());
            problems.end(routing.response().putHeader(HttpHeaders.CONNECTION, "close"), problem);
            return;
        }
        routing.next();
    }

    private boolean isOver(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
