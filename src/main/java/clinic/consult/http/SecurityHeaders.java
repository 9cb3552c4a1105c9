package clinic.consult.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The headers every answer carries, set in one place before anything else can answer. Answers of the API carry
 * personal data or tokens (lead details, searches, a receipt's leadToken, a booking's manageToken), so none may be
 * kept by a browser or a shared cache; none is ever a page to frame or a script to sniff; and no URL of ours (the
 * email links carry tokens) goes on to another site as a referrer. The patient's pages ({@link Pages}) are pages:
 * they load their own scripts and may be framed by the clinic's website (the CORS origins), nothing else.
 */
@ApplicationScoped
public class SecurityHeaders {

    private static final int AFTER_CORRELATION_ID = 9_900;
    /** Quarkus' own tools (the Dev UI in dev mode) make pages of their own; everything else is the API's. */
    private static final String QUARKUS_TOOLS = "/q/";

    private final String pagePolicy;

    SecurityHeaders(HttpConfig config) {
        var websites = String.join(" ", config.corsOrigins().orElse(java.util.List.of()));
        this.pagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self';"
                + " form-action 'self'; base-uri 'none'; frame-ancestors 'self'"
                + (websites.isEmpty() ? "" : " " + websites);
    }

    void register(@Observes Filters filters) {
        filters.register(this::apply, AFTER_CORRELATION_ID);
    }

    private void apply(RoutingContext routing) {
        var headers = routing.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        var path = routing.request().path();
        if (Pages.isPage(path)) {
            // the patient's pages: their own scripts and styles, the API on the same origin, framed by the website
            headers.set("Cache-Control", "no-cache");
            headers.set("Content-Security-Policy", pagePolicy);
        } else if (path == null || !path.startsWith(QUARKUS_TOOLS)) {
            // a path that is nobody's answers too (a 404): it gets the same headers as the API's answers
            headers.set("Cache-Control", "no-store");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        routing.next();
    }
}
