package clinic.consult.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.MDC;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        String correlationId,
        List<FieldError> errors,
        ProblemReason reason,
        List<String> allowed) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The key of the request's correlation id in the logging context, which every log line and problem carries. */
    public static final String CORRELATION_ID = "correlationId";

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(
                type.uri(),
                type.title(),
                type.status(),
                detail,
                instance,
                Objects.toString(MDC.get(CORRELATION_ID), null),
                null,
                null,
                null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, correlationId, fieldErrors, reason, allowed);
    }

    public Problem withReason(ProblemReason reasonCode) {
        return new Problem(type, title, status, detail, instance, correlationId, errors, reasonCode, allowed);
    }

    public Problem withAllowed(List<String> allowedValues) {
        return new Problem(type, title, status, detail, instance, correlationId, errors, reason, allowedValues);
    }

    public Problem withTitle(String text) {
        return new Problem(type, text, status, detail, instance, correlationId, errors, reason, allowed);
    }

    public Problem withStatus(int httpStatus) {
        return new Problem(type, title, httpStatus, detail, instance, correlationId, errors, reason, allowed);
    }

    public Response.ResponseBuilder responseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }

    public Response toResponse() {
        return responseBuilder().build();
    }

    /** A sentence for errors raised by the HTTP layer, which carry a status and nothing else. */
    public static String detailForStatus(int status) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This path does not support the request's method";
            case 406 -> "This resource is only available as application/json";
            case 413 -> "The request body is larger than this service accepts";
            case 415 -> "Send the request body as application/json";
            default -> "The request could not be processed";
        };
    }

    /** One invalid field of a request. */
    public record FieldError(String field, String message) {

        /** A field that names none of the things there are: "is not a location: use seal-beach or tustin". */
        public static FieldError notOneOf(String field, String kind, Collection<String> known) {
            var names = known.stream().sorted().toList();
            var list = names.size() < 2
                    ? String.join("", names)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
            return new FieldError(field, "is not " + kind + ": use " + list);
        }
    }
}
