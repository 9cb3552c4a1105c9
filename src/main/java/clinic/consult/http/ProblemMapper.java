package clinic.consult.http;

import clinic.consult.db.DatabaseFaults;
import clinic.consult.problem.DomainException;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.Problem;
import clinic.consult.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become RFC 9457 problem+json responses. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final int DATABASE_RETRY_AFTER_SECONDS = 2;
    /** A path segment that is a prefixed secret: a lowercase name, an underscore, 32 or more URL-safe characters. */
    private static final Pattern SECRET_SEGMENT = Pattern.compile("(?<=/)([a-z]+)_[A-Za-z0-9_-]{32,}");

    private static final Map<Class<?>, String> TIME_FORMATS = Map.of(
            OffsetDateTime.class, "a date-time with offset such as 2026-11-30T09:00:00-08:00",
            Instant.class, "a date-time such as 2026-11-30T17:00:00Z",
            LocalDateTime.class, "a local date-time such as 2026-12-24T00:00",
            LocalDate.class, "a date such as 2026-11-30");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '([^']{0,100})'");

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
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return Problem.of(ProblemType.VALIDATION_FAILED, InvalidFieldsException.describe(errors.size()), uri.getPath())
                .withErrors(errors)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return invalidField(jsonPath(e), "is not a known property", uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return Problem.of(ProblemType.VALIDATION_FAILED, "1 field is invalid", uri.getPath())
                .withErrors(List.of(invalidValue(e)))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        var field = jsonPath(e);
        return field.isEmpty() ? malformed(uri) : invalidField(field, "has the wrong type", uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        if (duplicateKey(e) != null) {
            return jsonProcessing(e, uri);
        }
        var field = jsonPath(e);
        return field.isEmpty() ? malformed(uri) : invalidField(field, "is invalid", uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        var duplicate = duplicateKey(e);
        return duplicate == null ? malformed(uri) : invalidField(duplicate, "is given more than once", uri);
    }

    /** The path of a key the parser found twice in one object, wherever in the chain the parser's error sits. */
    private static String duplicateKey(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read && read.getProcessor() != null) {
                var duplicate = DUPLICATE_KEY.matcher(String.valueOf(read.getOriginalMessage()));
                if (duplicate.lookingAt()) {
                    return pathOf(read.getProcessor().getParsingContext(), duplicate.group(1));
                }
            }
        }
        return null;
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

    /**
     * The dotted path of a key that the parser found twice: the enclosing objects' names (array positions in
     * brackets), then the key.
     */
    static String pathOf(JsonStreamContext context, String key) {
        var names = new ArrayList<String>();
        for (var level = context; level != null && !level.inRoot(); level = level.getParent()) {
            if (level.inArray()) {
                names.add(0, "[" + Math.max(0, level.getCurrentIndex()) + "]");
            } else if (level != context && level.getCurrentName() != null) {
                names.add(0, level.getCurrentName());
            }
        }
        names.add(key);
        return String.join(".", names).replace(".[", "[");
    }

    /** A value Jackson could not convert: for an enum, the error lists the values allowed. */
    static Problem.FieldError invalidValue(InvalidFormatException e) {
        var target = e.getTargetType();
        if (target == String.class) {
            return new Problem.FieldError(
                    jsonPath(e), "must not contain control characters (such as NUL) or unpaired surrogates");
        }
        var time = TIME_FORMATS.get(target);
        if (time != null) {
            return new Problem.FieldError(jsonPath(e), "must be " + time + " from " + TimeBounds.RANGE);
        }
        if (target != null && target.isEnum()) {
            var allowed = Arrays.stream(target.getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return new Problem.FieldError(jsonPath(e), "must be one of: " + allowed);
        }
        return new Problem.FieldError(jsonPath(e), "has the wrong format");
    }

    /** The JSON path of the offending property, e.g. {@code consent.contact} or {@code conditions[1]}. */
    static String jsonPath(JsonMappingException e) {
        var path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The request field a violation is about. Bean Validation paths start with the method and parameter
     * ({@code update.body.address.city}); clients know only the body's fields and the query parameters.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        var nodes = new ArrayList<String>();
        for (var node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
                default -> {
                    if (node.isInIterable() && !nodes.isEmpty()) {
                        var position = node.getIndex() != null ? node.getIndex() : node.getKey();
                        nodes.set(nodes.size() - 1, nodes.get(nodes.size() - 1) + "[" + position + "]");
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        nodes.add(node.getName());
                    }
                }
            }
        }
        // a request body parameter is not part of the field path; a query or path parameter is the field itself
        if (nodes.size() > 1 && isBodyParameter(violation)) {
            nodes.remove(0);
        }
        return String.join(".", nodes);
    }

    /** A violation in what we return is our bug, not the client's. */
    private static boolean isAboutReturnValue(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .flatMap(v -> java.util.stream.StreamSupport.stream(
                        v.getPropertyPath().spliterator(), false))
                .anyMatch(node -> node.getKind() == jakarta.validation.ElementKind.RETURN_VALUE);
    }

    private static boolean isBodyParameter(ConstraintViolation<?> violation) {
        var leaf = violation.getLeafBean();
        var root = violation.getRootBean();
        return leaf != null && leaf != root;
    }
}
