package clinic.consult.problem;

/** An {@code If-Match} header names a version that is no longer current. */
public class PreconditionFailedException extends DomainException {

    public PreconditionFailedException(String what) {
        super(ProblemType.PRECONDITION_FAILED, what + " was changed since you read it; read it again and retry");
    }
}
