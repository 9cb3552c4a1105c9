package clinic.consult.location;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;

public class TimeZoneMismatchException extends DomainException {

    public TimeZoneMismatchException(String timeZone, String state) {
        super(
                ProblemType.TIME_ZONE_MISMATCH,
                "Time zone " + timeZone + " is not a US time zone but the address is in " + state
                        + "; every slot would be offered at the wrong hour");
    }
}
