package clinic.consult.idempotency;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;

public class IdempotencyKeyReusedException extends DomainException {

    public IdempotencyKeyReusedException() {
        super(
                ProblemType.IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was already used with a different request body; use a new key for a new request");
    }
}
