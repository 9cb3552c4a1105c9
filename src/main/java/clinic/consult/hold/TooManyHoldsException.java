package clinic.consult.hold;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;
import java.util.OptionalLong;

/** A client asks for a hold beyond its cap of live holds; the earliest of its holds frees one when it expires. */
public class TooManyHoldsException extends DomainException {

    private final long retryAfterSeconds;

    TooManyHoldsException(String detail, long retryAfterSeconds) {
        super(ProblemType.TOO_MANY_HOLDS, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(retryAfterSeconds);
    }
}
