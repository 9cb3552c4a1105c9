package clinic.consult.http;

import clinic.consult.problem.Problem;
import clinic.consult.problem.ProblemType;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Refuses, before any resource sees it, what no operation accepts:
 * <ul>
 *   <li>a path or query parameter with a control character once decoded ({@code %00} above all), or with broken
 *       percent-encoding: a 400 naming the parameter (or {@code path});
 *   <li>a body that is not JSON: every operation with a body takes {@code application/json} (a PATCH also
 *       {@code application/merge-patch+json}), so a body with another or no {@code Content-Type} is a 415. A page of
 *       another site can post a plain-text or form body without a CORS preflight; it cannot post JSON. The one
 *       exception is Twilio's callbacks, which are forms and are refused unless Twilio signed them.
 * </ul>
 */
@ApplicationScoped
public class RequestScreen {

    private static final int AFTER_CORS = 9_400;
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    private static final List<String> JSON = List.of("application/json");
    private static final List<String> PATCH_JSON = List.of("application/json", "application/merge-patch+json");
    private static final List<String> FORM = List.of("application/x-www-form-urlencoded");
    private static final String TWILIO = "/api/v1/texts/twilio/";

    private final ProblemWriter problems;

    RequestScreen(ProblemWriter problems) {
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::screen, AFTER_CORS);
    }

    private void screen(RoutingContext routing) {
        var request = routing.request();
        var badParameter = badParameter(request.path(), request.query());
        if (badParameter != null) {
            var problem = Problem.of(ProblemType.VALIDATION_FAILED, "1 field is invalid", safePath(request.path()))
                    .withErrors(List.of(new Problem.FieldError(
                            badParameter, "must not contain control characters (such as NUL) or broken %-escapes")));
            problems.end(routing.response(), problem);
            return;
        }
        if (WITH_BODY.contains(request.method()) && !acceptable(request.method(), request.path(), request.headers())) {
            var problem = Problem.of(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send the request body as application/json",
                    safePath(request.path()));
            problems.end(routing.response(), problem);
            return;
        }
        routing.next();
    }

    /** The name of the first parameter (or {@code path}) that decodes to a control character or does not decode. */
    static String badParameter(String path, String query) {
        if (path != null && !decodes(path)) {
            return "path";
        }
        if (query == null || query.isEmpty()) {
            return null;
        }
        Map<String, List<String>> parameters;
        try {
            parameters = new QueryStringDecoder(query, StandardCharsets.UTF_8, false).parameters();
        } catch (IllegalArgumentException e) {
            return "query";
        }
        for (var parameter : parameters.entrySet()) {
            if (StrictJson.hasForbiddenCharacter(parameter.getKey())) {
                return "query";
            }
            for (var value : parameter.getValue()) {
                if (StrictJson.hasForbiddenCharacter(value)) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    private static boolean decodes(String path) {
        try {
            return !StrictJson.hasForbiddenCharacter(QueryStringDecoder.decodeComponent(path.replace("+", "%2B")));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A write without a body has nothing to read, whatever type it declares (cancelling without a reason, an admin's
     * retry); one with a body must be JSON.
     */
    private static boolean acceptable(HttpMethod method, String path, io.vertx.core.MultiMap headers) {
        var length = headers.get(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = headers.contains(HttpHeaders.TRANSFER_ENCODING);
        if (!chunked && (length == null || length.trim().equals("0"))) {
            return true;
        }
        var type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (type == null || type.isBlank()) {
            return false;
        }
        var mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (path != null && path.startsWith(TWILIO)) {
            return FORM.contains(mediaType);
        }
        return (method == HttpMethod.PATCH ? PATCH_JSON : JSON).contains(mediaType);
    }

    /** The path for the problem's {@code instance}, with what was refused left out. */
    private static String safePath(String path) {
        return path == null || !decodes(path) ? null : path;
    }
}
