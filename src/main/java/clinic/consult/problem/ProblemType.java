package clinic.consult.problem;

import java.net.URI;

/**
 * Every kind of error the API returns. The {@code type} URI of a problem is stable: clients may switch on it.
 * New kinds are added here, so the list of what can go wrong lives in one place.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", 400, "Request has invalid fields"),
    MALFORMED_REQUEST("malformed-request", 400, "Request body is not valid JSON for this operation"),
    UNAUTHORIZED("unauthorized", 401, "Authentication required"),
    FORBIDDEN("forbidden", 403, "Not allowed"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Cannot produce an acceptable representation"),
    CONFLICT("conflict", 409, "Conflict with the current state"),
    LOCATION_NAME_TAKEN("location-name-taken", 409, "Another location already has this name"),
    PRECONDITION_FAILED("precondition-failed", 412, "The resource has changed since it was read"),
    PRECONDITION_REQUIRED("precondition-required", 428, "If-Match is required"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    ILLEGAL_STATUS_TRANSITION("illegal-status-transition", 409, "The lead cannot move to that status"),
    LEAD_ERASED("lead-erased", 409, "The lead's personal data has been erased"),
    SUBMISSION_NOT_LINKABLE("submission-not-linkable", 409, "The submissions cannot be merged or split that way"),
    APPOINTMENT_STATE("appointment-state", 409, "The appointment cannot change that way now"),
    SLOT_UNAVAILABLE("slot-unavailable", 409, "That time is no longer available"),
    SLOT_NOT_BOOKABLE("slot-not-bookable", 422, "That time cannot be booked"),
    TIME_ZONE_MISMATCH("time-zone-mismatch", 422, "Time zone does not fit the location's address"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency-Key reused with a different request"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    TOO_MANY_HOLDS("too-many-holds", 429, "Too many slots held at once"),
    TOO_MANY_TOKEN_FAILURES("too-many-token-failures", 429, "Too many wrong tokens"),
    INTERNAL_ERROR("internal-error", 500, "Internal error"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable");

    private static final String BASE = "urn:clinic:consult:problem:";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The generic kind for an HTTP status, for errors raised by the HTTP layer rather than by our code. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 428 -> PRECONDITION_REQUIRED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> INTERNAL_ERROR;
        };
    }
}
