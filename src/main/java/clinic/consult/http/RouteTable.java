package clinic.consult.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The service's routes as its resources declare them: for any path, which methods it answers. An {@code OPTIONS}
 * answer and a 405's {@code Allow} header come from here, so they name exactly the methods that do not 405 (RFC
 * 9110, 15.5.6).
 */
@ApplicationScoped
public class RouteTable {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^}/]+}");
    private static final int AFTER_SCREEN = 9_300;

    private final List<Route> routes;

    RouteTable(BeanManager beans) {
        var byTemplate = new LinkedHashMap<String, Set<String>>();
        for (var bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            var type = bean.getBeanClass();
            var classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (var method : type.getDeclaredMethods()) {
                httpMethod(method).ifPresent(verb -> byTemplate
                        .computeIfAbsent(
                                join(classPath.value(), method.getAnnotation(Path.class)), t -> new TreeSet<>())
                        .add(verb));
            }
        }
        this.routes = byTemplate.entrySet().stream()
                .map(route -> Route.of(route.getKey(), route.getValue()))
                .toList();
    }

    void register(@Observes Filters filters) {
        filters.register(this::answerOptions, AFTER_SCREEN);
    }

    /** A plain {@code OPTIONS} (a CORS preflight is answered before) names the path's methods and nothing else. */
    private void answerOptions(RoutingContext routing) {
        var request = routing.request();
        var allow = request.method() == io.vertx.core.http.HttpMethod.OPTIONS
                ? allow(request.path())
                : Optional.<String>empty();
        if (allow.isEmpty()) {
            routing.next();
            return;
        }
        routing.response()
                .putHeader(HttpHeaders.ALLOW, allow.get())
                .setStatusCode(204)
                .end();
    }

    /** Every route, by path template ({@code /api/v1/leads/{id}}), with the methods it answers. */
    public Map<String, Set<String>> templates() {
        var templates = new LinkedHashMap<String, Set<String>>();
        routes.forEach(route -> templates.put(route.template(), Set.copyOf(route.methods())));
        return templates;
    }

    /**
     * The methods a path answers, as an {@code Allow} header value: its resources' methods, {@code HEAD} wherever
     * {@code GET} is, and {@code OPTIONS}. Empty when no route has the path.
     */
    public Optional<String> allow(String path) {
        var methods = new TreeSet<String>();
        for (var route : routes) {
            if (route.pattern().matcher(path).matches()) {
                methods.addAll(route.methods());
            }
        }
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return Optional.of(String.join(", ", methods));
    }

    private static Optional<String> httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            var verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }

    private static String join(String classPath, Path methodPath) {
        var parts = new ArrayList<String>();
        for (var part : (classPath + "/" + (methodPath == null ? "" : methodPath.value())).split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    private record Route(String template, Pattern pattern, Set<String> methods) {

        static Route of(String template, Set<String> methods) {
            var regex = new StringBuilder();
            var variables = TEMPLATE_VARIABLE.matcher(template);
            int last = 0;
            while (variables.find()) {
                regex.append(Pattern.quote(template.substring(last, variables.start())))
                        .append("[^/]+");
                last = variables.end();
            }
            regex.append(Pattern.quote(template.substring(last))).append("/?");
            return new Route(template, Pattern.compile(regex.toString()), methods);
        }
    }
}
