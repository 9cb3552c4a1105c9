package clinic.consult.http;

import clinic.consult.db.DatabaseFaults;
import clinic.consult.problem.DomainException;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.Problem;
import clinic.consult.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become RFC 9457 problem+json responses. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final int DATABASE_RETRY_AFTER_SECONDS = 2;
    /** A path segment that is a prefixed secret: a lowercase name, an underscore, 32 or more URL-safe characters. */
    private static final Pattern SECRET_SEGMENT = Pattern.compile("(?<=/)([a-z]+)_[A-Za-z0-9_-]{32,}");

    private final RouteTable routes;
    private final DatabaseFaults database;

    ProblemMapper(RouteTable routes, DatabaseFaults database) {
        this.routes = routes;
        this.database = database;
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        var errors = e instanceof InvalidFieldsException invalid ? invalid.errors() : null;
        var response = Problem.of(e.type(), e.getMessage(), uri.getPath())
                .withErrors(errors)
                .withReason(e.reason())
                .withAllowed(e.allowed().isEmpty() ? null : e.allowed())
                .responseBuilder();
        e.retryAfterSeconds().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        return response.build();
    }

    @ServerExceptionMapper
    public Response violation(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolation(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        if (isAboutReturnValue(e)) {
            return unexpected(e, uri);
        }
        var errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(FieldPaths.fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return Problem.of(ProblemType.VALIDATION_FAILED, InvalidFieldsException.describe(errors.size()), uri.getPath())
                .withErrors(errors)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return invalidField(FieldPaths.jsonPath(e), "is not a known property", uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return Problem.of(ProblemType.VALIDATION_FAILED, "1 field is invalid", uri.getPath())
                .withErrors(List.of(FieldPaths.invalidValue(e)))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        var field = FieldPaths.jsonPath(e);
        return field.isEmpty() ? malformed(uri) : invalidField(field, "has the wrong type", uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        if (FieldPaths.duplicateKey(e) != null) {
            return jsonProcessing(e, uri);
        }
        var field = FieldPaths.jsonPath(e);
        return field.isEmpty() ? malformed(uri) : invalidField(field, "is invalid", uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        var duplicate = FieldPaths.duplicateKey(e);
        return duplicate == null ? malformed(uri) : invalidField(duplicate, "is given more than once", uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of(ProblemType.FORBIDDEN, "Your role does not allow this operation", uri.getPath())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        // the REST layer wraps body-reading failures
        if (e.getCause() instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException processing) {
            return jsonProcessing(processing, uri);
        }
        var response = Problem.of(ProblemType.forStatus(status), Problem.detailForStatus(status), uri.getPath())
                .withStatus(status)
                .responseBuilder();
        if (status == 405) {
            routes.allow(uri.getPath()).ifPresent(allow -> response.header(HttpHeaders.ALLOW, allow));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (database.isAway(e)) {
            LOG.warnf(
                    "No database connection for %s (correlation id %s)",
                    loggable(uri.getPath()), CorrelationId.current());
            return Problem.of(
                            ProblemType.SERVICE_UNAVAILABLE,
                            "The service is busy or cannot reach its database; nothing was done (should the connection"
                                    + " have dropped while a change was being committed, it may have been stored:"
                                    + " send it again with the same Idempotency-Key). Try again shortly.",
                            uri.getPath())
                    .responseBuilder()
                    .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS)
                    .build();
        }
        // The exception's message may quote stored values (a SQL constraint, a template): log classes and frames only.
        LOG.errorf(
                PersonalDataFreeThrowable.of(e),
                "Unhandled error on %s (correlation id %s)",
                loggable(uri.getPath()),
                CorrelationId.current());
        return Problem.of(
                        ProblemType.INTERNAL_ERROR,
                        "Something went wrong on our side. Quote the correlation id if you contact support.",
                        uri.getPath())
                .toResponse();
    }

    /** The path for a log line: a secret that travels in a path (a calendar-feed key, {@code calfeed_...}) is cut. */
    static String loggable(String path) {
        return SECRET_SEGMENT.matcher(path).replaceAll("$1_...");
    }

    private static Response unauthorized(UriInfo uri) {
        return Problem.of(
                        ProblemType.UNAUTHORIZED,
                        "A valid bearer token is required: it is missing, expired, or not issued to this service",
                        uri.getPath())
                .responseBuilder()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static Response malformed(UriInfo uri) {
        return Problem.of(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON", uri.getPath())
                .toResponse();
    }

    private static Response invalidField(String field, String message, UriInfo uri) {
        return Problem.of(ProblemType.VALIDATION_FAILED, "1 field is invalid", uri.getPath())
                .withErrors(List.of(new Problem.FieldError(field, message)))
                .toResponse();
    }

    /** A violation in what we return is our bug, not the client's. */
    private static boolean isAboutReturnValue(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .flatMap(v -> java.util.stream.StreamSupport.stream(
                        v.getPropertyPath().spliterator(), false))
                .anyMatch(node -> node.getKind() == jakarta.validation.ElementKind.RETURN_VALUE);
    }
}
