package clinic.consult.problem;

/** A change that could overwrite someone else's came without {@code If-Match}. */
public class PreconditionRequiredException extends DomainException {

    public PreconditionRequiredException(String what) {
        super(
                ProblemType.PRECONDITION_REQUIRED,
                "Send If-Match with the ETag from your last read of " + what + ", so that nobody's change is lost");
    }
}
