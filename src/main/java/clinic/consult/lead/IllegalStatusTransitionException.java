package clinic.consult.lead;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;
import java.util.List;

/** A status change the pipeline does not allow; the problem lists the statuses that are allowed. */
public class IllegalStatusTransitionException extends DomainException {

    private final List<String> allowed;

    public IllegalStatusTransitionException(LeadStatus from, LeadStatus to) {
        super(
                ProblemType.ILLEGAL_STATUS_TRANSITION,
                "A " + from + " lead cannot move to " + to
                        + (from.next().isEmpty()
                                ? "; it is final"
                                : "; it can move to " + String.join(", ", LeadStatus.names(from.next()))));
        this.allowed = LeadStatus.names(from.next());
    }

    @Override
    public List<String> allowed() {
        return allowed;
    }
}
