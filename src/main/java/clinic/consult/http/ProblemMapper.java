package clinic.consult.http;

import clinic.consult.contact.Language;
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
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
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
    private final ValidatorFactory validation;

    ProblemMapper(RouteTable routes, DatabaseFaults database, ValidatorFactory validation) {
        this.routes = routes;
        this.database = database;
        this.validation = validation;
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri, HttpHeaders headers) {
        var errors = e instanceof InvalidFieldsException invalid ? invalid.errors() : null;
        var problem = Problem.of(e.type(), e.getMessage(), uri.getPath());
        if (errors != null) {
            var words = words(headers);
            problem = Problem.of(e.type(), words.fieldsInvalid(errors.size()), uri.getPath())
                    .withTitle(words.validationTitle());
        }
        var response = problem.withErrors(errors)
                .withReason(e.reason())
                .withAllowed(e.allowed().isEmpty() ? null : e.allowed())
                .responseBuilder();
        e.retryAfterSeconds().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        return response.build();
    }

    @ServerExceptionMapper
    public Response violation(ResteasyReactiveViolationException e, UriInfo uri, HttpHeaders headers) {
        return constraintViolation(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        if (isAboutReturnValue(e)) {
            return unexpected(e, uri);
        }
        var words = words(headers);
        var errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(FieldPaths.fieldOf(v), messageOf(v, headers)))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return Problem.of(ProblemType.VALIDATION_FAILED, words.fieldsInvalid(errors.size()), uri.getPath())
                .withTitle(words.validationTitle())
                .withErrors(errors)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        var words = words(headers);
        return invalidField(FieldPaths.jsonPath(e), words.unknownProperty(), uri, words);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        var words = words(headers);
        var error = FieldPaths.invalidValue(e, words);
        return invalidField(error.field(), error.message(), uri, words);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        var words = words(headers);
        var field = FieldPaths.jsonPath(e);
        return field.isEmpty() ? malformed(uri) : invalidField(field, words.wrongType(), uri, words);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        if (FieldPaths.duplicateKey(e) != null) {
            return jsonProcessing(e, uri, headers);
        }
        var words = words(headers);
        var field = FieldPaths.jsonPath(e);
        return field.isEmpty() ? malformed(uri) : invalidField(field, words.invalid(), uri, words);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        var words = words(headers);
        var duplicate = FieldPaths.duplicateKey(e);
        return duplicate == null ? malformed(uri) : invalidField(duplicate, words.givenTwice(), uri, words);
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
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        // the REST layer wraps body-reading failures
        if (e.getCause() instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri, headers);
        }
        if (e.getCause() instanceof JsonProcessingException processing) {
            return jsonProcessing(processing, uri, headers);
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

    private static Response invalidField(String field, String message, UriInfo uri, ProblemMessages words) {
        return Problem.of(ProblemType.VALIDATION_FAILED, words.fieldsInvalid(1), uri.getPath())
                .withTitle(words.validationTitle())
                .withErrors(List.of(new Problem.FieldError(field, message)))
                .toResponse();
    }

    /**
     * A violation's message in the language the request asked for. Bean Validation wrote it in the default one;
     * written again from its template, in Spanish, for a request that asked for Spanish.
     */
    private String messageOf(ConstraintViolation<?> violation, HttpHeaders headers) {
        var language = Language.fromAcceptLanguage(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (language == Language.EN) {
            return violation.getMessage();
        }
        var context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new ValidationException("no " + type.getName() + " here");
            }
        };
        try {
            return validation
                    .getMessageInterpolator()
                    .interpolate(violation.getMessageTemplate(), context, language.locale());
        } catch (RuntimeException notWithoutItsContext) {
            return violation.getMessage();
        }
    }

    /** The words of a 400 in the language the request asked for. */
    private static ProblemMessages words(HttpHeaders headers) {
        var language = Language.fromAcceptLanguage(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return MessageBundles.get(ProblemMessages.class, Localized.Literal.of(language.tag()));
    }

    /** A violation in what we return is our bug, not the client's. */
    private static boolean isAboutReturnValue(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .flatMap(v -> java.util.stream.StreamSupport.stream(
                        v.getPropertyPath().spliterator(), false))
                .anyMatch(node -> node.getKind() == jakarta.validation.ElementKind.RETURN_VALUE);
    }
}
