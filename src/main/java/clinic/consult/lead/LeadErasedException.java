package clinic.consult.lead;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;
import java.util.UUID;

/** A write to a lead whose personal data was erased: nothing may bring personal data back into it. */
public class LeadErasedException extends DomainException {

    public LeadErasedException(UUID id) {
        super(
                ProblemType.LEAD_ERASED,
                "Lead '" + id + "' was erased: it takes no notes, changes, merges or bookings any more");
    }
}
