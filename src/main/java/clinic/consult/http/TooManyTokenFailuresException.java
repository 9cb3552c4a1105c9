package clinic.consult.http;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;
import java.util.OptionalLong;

public class TooManyTokenFailuresException extends DomainException {

    private final long retryAfterSeconds;

    TooManyTokenFailuresException(long retryAfterSeconds) {
        super(
                ProblemType.TOO_MANY_TOKEN_FAILURES,
                "Too many wrong tokens from your address; retry in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(retryAfterSeconds);
    }
}
