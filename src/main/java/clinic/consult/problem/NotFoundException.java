package clinic.consult.problem;

/** The resource does not exist, or the caller may not know that it exists. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(ProblemType.NOT_FOUND, what + " '" + id + "' does not exist");
    }
}
