package clinic.consult.http;

import clinic.consult.problem.Problem;
import clinic.consult.problem.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;

/**
 * CORS with an allow-list. An allowed origin gets exactly the CORS headers it needs. A request that names any other
 * origin (a page of another site, {@code Origin: null} from a sandboxed frame) is refused with a 403 problem before
 * anything reads it, preflight or not: a browser can send some requests without asking first, and those must not be
 * processed either. Requests without an {@code Origin} (the mobile app, servers, probes) are not affected. Quarkus'
 * CORS filter refuses with a bare 403, and every error this service answers is problem+json: hence this filter.
 */
@ApplicationScoped
public class CorsPolicy {

    static final String ALLOWED_METHODS = "GET,POST,PUT,PATCH,DELETE";
    static final String ALLOWED_HEADERS =
            "Content-Type,Authorization,Idempotency-Key,If-Match,X-Request-Id,X-Manage-Token";
    static final String EXPOSED_HEADERS = "Location,ETag,Retry-After,X-Request-Id";
    private static final int AFTER_CORRELATION_ID = 9_500;

    private final Set<String> origins;
    private final ProblemWriter problems;

    CorsPolicy(HttpConfig config, ProblemWriter problems) {
        var configured = config.corsOrigins().orElse(List.of());
        if (configured.contains("*")) {
            throw new IllegalStateException("consult.http.cors-origins must list origins, not '*'");
        }
        this.origins = Set.copyOf(configured);
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::apply, AFTER_CORRELATION_ID);
    }

    private void apply(RoutingContext routing) {
        var request = routing.request();
        var origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || isSameOrigin(origin, request.getHeader(HttpHeaders.HOST))) {
            // the service's own pages (Pages) call it from its own origin: that is no cross-origin call
            routing.next();
            return;
        }
        var response = routing.response();
        response.putHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        boolean preflight = request.method() == HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (!origins.contains(origin)) {
            var problem = Problem.of(
                    ProblemType.FORBIDDEN, "This origin may not call the API from a browser", request.path());
            problems.end(response, problem);
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        if (preflight) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600")
                    .setStatusCode(204)
                    .end();
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        routing.next();
    }

    /**
     * Whether the page's origin is this service as the browser reached it: the same host and port as the request's
     * Host header. The scheme is not compared, since a proxy in front may end TLS.
     */
    static boolean isSameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            var uri = java.net.URI.create(origin);
            if (uri.getHost() == null) {
                return false;
            }
            var authority = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
