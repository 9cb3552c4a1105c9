package clinic.consult.problem;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the errors every operation can return, derived from what the operation is: a body can be invalid, too
 * large or of the wrong type; a secured operation can be refused; a path id can be unknown; an anonymous write can be
 * rate-limited. Resources declare only the errors that are theirs (409, 412, 422).
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String MANAGE_TOKEN = "X-Manage-Token";

    private static final Map<String, String> SHARED = new TreeMap<>(Map.ofEntries(
            Map.entry(
                    "BadRequest",
                    "Invalid request: the `errors` list names each bad field (a control character such as NUL in the"
                            + " path or a query parameter is named `path` or after the parameter)"),
            Map.entry(
                    "Unauthorized",
                    "Credentials missing, invalid or expired (bearer token; or manage token where accepted)"),
            Map.entry(
                    "Forbidden",
                    "The token's roles or locations do not allow this, or the request comes from a web page whose"
                            + " origin is not on the CORS allow-list"),
            Map.entry("NotFound", "No such resource (or not visible to this caller)"),
            Map.entry("NotAcceptable", "The Accept header excludes application/json"),
            Map.entry("PayloadTooLarge", "Request body over the configured limit"),
            Map.entry("UnsupportedMediaType", "Request body is not application/json"),
            Map.entry(
                    "TooManyRequests",
                    "Rate limit reached (too-many-requests), too many holds at once (too-many-holds) or too many wrong"
                            + " tokens (too-many-token-failures); retry after the Retry-After seconds"),
            Map.entry("InternalError", "Unexpected error; the body carries a correlation id"),
            Map.entry(
                    "ServiceUnavailable",
                    "No database connection in time (overload, outage); nothing was done, retry after the"
                            + " Retry-After seconds")));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var components = openAPI.getComponents();
        SHARED.forEach((name, description) -> components.addResponse(name, problemResponse(description)));
        for (var name : new String[] {"TooManyRequests", "ServiceUnavailable"}) {
            components
                    .getResponses()
                    .get(name)
                    .addHeader(
                            "Retry-After",
                            OASFactory.createHeader()
                                    .description("Seconds to wait before retrying")
                                    .schema(OASFactory.createSchema()
                                            .addType(
                                                    org.eclipse.microprofile.openapi.models.media.Schema.SchemaType
                                                            .INTEGER)));
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .forEach((method, operation) -> addSharedResponses(item, method, operation)));
    }

    private static void addSharedResponses(PathItem item, PathItem.HttpMethod method, Operation operation) {
        var responses = operation.getResponses();
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean hasPathParameter = hasPathParameter(item, operation);

        // any path or query string can carry a NUL
        reference(responses, "400", "BadRequest");
        if (secured) {
            reference(responses, "401", "Unauthorized");
        } else if (hasHeader(operation, MANAGE_TOKEN)) {
            // open to the holder of a booking's manage token (or to staff): without either it is a 401
            reference(responses, "401", "Unauthorized");
        }
        // every operation refuses a page of a site that is not on the CORS allow-list
        reference(responses, "403", "Forbidden");
        if (hasPathParameter) {
            reference(responses, "404", "NotFound");
        }
        reference(responses, "406", "NotAcceptable");
        if (operation.getRequestBody() != null) {
            reference(responses, "413", "PayloadTooLarge");
        }
        // a write that sends a body of another type than JSON is refused, whatever the operation takes
        if (operation.getRequestBody() != null
                || method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH) {
            reference(responses, "415", "UnsupportedMediaType");
        }
        // only the public writes are rate-limited (staff tools are trusted callers), and every operation that takes a
        // manage token refuses a client that sent too many wrong ones
        if ((write && !secured) || hasHeader(operation, MANAGE_TOKEN)) {
            reference(responses, "429", "TooManyRequests");
        }
        reference(responses, "500", "InternalError");
        reference(responses, "503", "ServiceUnavailable");
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static boolean hasPathParameter(PathItem item, Operation operation) {
        var parameters = new java.util.ArrayList<Parameter>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        return parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }

    private static void reference(
            org.eclipse.microprofile.openapi.models.responses.APIResponses responses, String status, String name) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + name));
        }
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }
}
