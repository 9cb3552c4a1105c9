package clinic.consult.appointment;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;

/** The appointment's status does not allow the change (cancelled, already held, not started yet). */
public class AppointmentStateException extends DomainException {

    public AppointmentStateException(String detail) {
        super(ProblemType.APPOINTMENT_STATE, detail);
    }
}
