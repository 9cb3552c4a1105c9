package clinic.consult.series;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;
import java.time.OffsetDateTime;

/** One infusion's time lost its last chair between the search and the booking: nothing of the series was booked. */
class InfusionTakenException extends DomainException {

    InfusionTakenException(int position, OffsetDateTime start) {
        super(
                ProblemType.SLOT_UNAVAILABLE,
                "Infusion %d (%s): every chair is taken now. Nothing was booked; search again."
                        .formatted(position, start));
    }
}
