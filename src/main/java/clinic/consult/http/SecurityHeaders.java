package clinic.consult.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The headers every answer carries, set in one place before anything else can answer. Answers of the API carry
 * personal data or tokens (lead details, searches, a receipt's leadToken, a booking's manageToken), so none may be
 * kept by a browser or a shared cache; none is ever a page to frame or a script to sniff; and no URL of ours (the
 * email links carry tokens) goes on to another site as a referrer.
 */
@ApplicationScoped
public class SecurityHeaders {

    private static final int AFTER_CORRELATION_ID = 9_900;
    private static final String API = "/api/";

    void register(@Observes Filters filters) {
        filters.register(this::apply, AFTER_CORRELATION_ID);
    }

    private void apply(RoutingContext routing) {
        var headers = routing.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        var path = routing.request().path();
        if (path != null && path.startsWith(API)) {
            headers.set("Cache-Control", "no-store");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        routing.next();
    }
}
