package clinic.consult.problem;

import java.util.List;
import java.util.OptionalLong;

/**
 * Base of the typed exceptions services throw. Each names its {@link ProblemType}; {@link ProblemMapper} turns
 * it into problem+json, so services never build HTTP responses.
 */
public abstract class DomainException extends RuntimeException {

    private final ProblemType type;

    protected DomainException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    /** A machine-readable reason code, when one kind of problem has several causes. */
    public ProblemReason reason() {
        return null;
    }

    /** Seconds after which the same request may succeed (a {@code Retry-After} header), when that is known. */
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.empty();
    }

    /** Values allowed instead of the refused one, when there are some. */
    public List<String> allowed() {
        return List.of();
    }
}
