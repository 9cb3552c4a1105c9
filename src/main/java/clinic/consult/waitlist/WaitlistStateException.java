package clinic.consult.waitlist;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;

/** The entry cannot change that way now: no open offer, already in that line, in too many lines. */
class WaitlistStateException extends DomainException {

    WaitlistStateException(String detail) {
        super(ProblemType.CONFLICT, detail);
    }
}
