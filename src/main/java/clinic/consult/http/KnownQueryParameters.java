package clinic.consult.http;

import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.Problem;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Refuses a query parameter the operation does not have, naming it: a misspelt filter ({@code locationid}) would
 * otherwise be ignored and answer more than was asked, as an unknown body field would be refused.
 */
public class KnownQueryParameters {

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(SimpleResourceInfo resource, UriInfo uri) {
        var given = uri.getQueryParameters().keySet();
        if (given.isEmpty()) {
            return;
        }
        var method = methodOf(resource);
        var names = known.computeIfAbsent(method, KnownQueryParameters::queryParameters);
        var unknown = given.stream()
                .filter(name -> !names.contains(name))
                .sorted()
                .map(name -> new Problem.FieldError(name, "is not a parameter of this operation"))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidFieldsException(unknown);
        }
    }

    private static Method methodOf(SimpleResourceInfo resource) {
        try {
            return resource.getResourceClass().getDeclaredMethod(resource.getMethodName(), resource.parameterTypes());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Resource method not found: " + resource.getMethodName(), e);
        }
    }

    private static Set<String> queryParameters(Method method) {
        return Arrays.stream(method.getParameters())
                .map(parameter -> parameter.getAnnotation(QueryParam.class))
                .filter(java.util.Objects::nonNull)
                .map(QueryParam::value)
                .collect(Collectors.toUnmodifiableSet());
    }
}
