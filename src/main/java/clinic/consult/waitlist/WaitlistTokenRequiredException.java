package clinic.consult.waitlist;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;

/** A waitlist entry asked for with neither its token nor a staff token. */
class WaitlistTokenRequiredException extends DomainException {

    WaitlistTokenRequiredException() {
        super(
                ProblemType.UNAUTHORIZED,
                "Send the entry's token (X-Waitlist-Token, from the answer to joining or the link in its messages) or a"
                        + " staff bearer token");
    }
}
