package clinic.consult.http;

import clinic.consult.problem.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id, taken from a well-formed {@code X-Request-Id} (a load balancer's) or made here. It is
 * echoed in the response header, put in every log line of the request and in every problem body.
 */
@ApplicationScoped
public class CorrelationId {

    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = Problem.CORRELATION_ID;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final int FIRST = 10_000;

    void register(@Observes Filters filters) {
        filters.register(
                routing -> {
                    var id = fromClient(routing.request().getHeader(HEADER));
                    MDC.put(MDC_KEY, id);
                    routing.response().putHeader(HEADER, id);
                    routing.next();
                },
                FIRST);
    }

    /** The id of the request being served, or null outside of one. */
    public static String current() {
        var id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    static String fromClient(String header) {
        return header != null && WELL_FORMED.matcher(header).matches()
                ? header
                : UUID.randomUUID().toString();
    }
}
