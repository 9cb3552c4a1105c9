package clinic.consult.appointment;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;

/** An appointment asked for with neither its manage token nor a staff token. */
public class ManageTokenRequiredException extends DomainException {

    public ManageTokenRequiredException() {
        super(
                ProblemType.UNAUTHORIZED,
                "Send the appointment's manage token (X-Manage-Token, from the booking answer) or a staff bearer token");
    }
}
