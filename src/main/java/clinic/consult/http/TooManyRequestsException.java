package clinic.consult.http;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;
import java.util.OptionalLong;

public class TooManyRequestsException extends DomainException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super(
                ProblemType.TOO_MANY_REQUESTS,
                "Too many requests from your address; retry in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(retryAfterSeconds);
    }
}
