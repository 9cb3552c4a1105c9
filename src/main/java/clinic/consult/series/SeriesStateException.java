package clinic.consult.series;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;

/** The series, or the infusion named, cannot change that way now (cancelled, completed, already started). */
class SeriesStateException extends DomainException {

    SeriesStateException(String detail) {
        super(ProblemType.APPOINTMENT_STATE, detail);
    }
}
