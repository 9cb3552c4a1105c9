package clinic.consult.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patient's pages, served from {@code META-INF/resources}: the consultation form and slot picker ({@code /book/}),
 * the manage page ({@code /manage/}) and their scripts ({@code /pages/}). The emails' links open them when the
 * links' base URL is this service's: {@code /appointments/{id}?token=...} is the manage page, {@code /book?leadToken=}
 * the picker. A clinic that builds its own turns them off ({@code CONSULT_PAGES_ENABLED=false}): every such path is a
 * 404 then.
 */
@ApplicationScoped
public class Pages {

    private static final int BEFORE_SCREEN = 9_450;
    private static final List<String> PREFIXES = List.of("/book", "/manage", "/pages/", "/appointments/");
    private static final Pattern MANAGE_LINK = Pattern.compile("/appointments/[0-9a-fA-F-]{36}");

    private final PagesConfig config;
    private final ProblemWriter problems;

    Pages(PagesConfig config, ProblemWriter problems) {
        this.config = config;
        this.problems = problems;
    }

    /** Whether a path is one of the pages' (never the API's). */
    static boolean isPage(String path) {
        return path != null && PREFIXES.stream().anyMatch(path::startsWith);
    }

    void register(@Observes Filters filters) {
        filters.register(this::route, BEFORE_SCREEN);
    }

    private void route(RoutingContext routing) {
        var path = routing.normalizedPath();
        if (!isPage(path)) {
            routing.next();
            return;
        }
        if (!config.enabled()) {
            problems.end(
                    routing.response(),
                    clinic.consult.problem.Problem.of(
                            clinic.consult.problem.ProblemType.NOT_FOUND, "The booking pages are turned off", path));
            return;
        }
        if (MANAGE_LINK.matcher(path).matches()) {
            routing.reroute("/manage/index.html");
        } else if (path.equals("/book") || path.equals("/manage")) {
            routing.reroute(path + "/index.html");
        } else {
            routing.next();
        }
    }
}
