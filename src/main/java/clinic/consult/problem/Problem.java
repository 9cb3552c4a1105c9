package clinic.consult.problem;

import clinic.consult.http.CorrelationId;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(
        name = "Problem",
        description = "RFC 9457 problem detail, sent as application/problem+json for every error.",
        example =
                """
                {"type":"urn:clinic:consult:problem:validation-failed","title":"Request has invalid fields",\
                "status":400,"detail":"2 fields are invalid","instance":"/api/v1/locations/tustin",\
                "correlationId":"6f1c2a0e-4b7d-4e43-9a55-0b3f7f1d2c11",\
                "errors":[{"field":"timeZone","message":"must be a valid IANA time zone id"}]}""")
public record Problem(
        @Schema(required = true, description = "Stable URI naming the kind of problem") URI type,
        @Schema(required = true, description = "Short summary of the kind of problem") String title,
        @Schema(required = true, description = "HTTP status code") int status,
        @Schema(description = "What went wrong with this request, for a person") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "Id of this request in the service's logs (also in the X-Request-Id header)")
                String correlationId,
        @Schema(description = "For validation problems: each invalid field") List<FieldError> errors,
        @Schema(description = "A machine-readable reason code, where the kind of problem has several") String reason,
        @Schema(description = "For status conflicts: the values allowed from the current state") List<String> allowed) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(
                type.uri(), type.title(), type.status(), detail, instance, CorrelationId.current(), null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, correlationId, fieldErrors, reason, allowed);
    }

    public Problem withReason(String reasonCode) {
        return new Problem(type, title, status, detail, instance, correlationId, errors, reasonCode, allowed);
    }

    public Problem withAllowed(List<String> allowedValues) {
        return new Problem(type, title, status, detail, instance, correlationId, errors, reason, allowedValues);
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
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(
                            required = true,
                            description = "JSON path of the field in the request body, or the parameter name",
                            example = "consent.contact")
                    String field,
            @Schema(required = true, example = "must not be blank") String message) {}
}
