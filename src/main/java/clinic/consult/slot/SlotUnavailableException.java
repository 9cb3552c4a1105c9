package clinic.consult.slot;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;

/** The time is a slot, but every seat is booked or held. */
public class SlotUnavailableException extends DomainException {

    public SlotUnavailableException() {
        super(ProblemType.SLOT_UNAVAILABLE, "Someone else has just taken this time. Please choose another slot.");
    }
}
