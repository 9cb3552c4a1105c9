package clinic.consult.notification;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;

/** Only a FAILED message can be sent again by hand. */
class NotificationStateException extends DomainException {

    NotificationStateException(NotificationStatus status) {
        super(ProblemType.CONFLICT, "The message is " + status + "; only a FAILED message can be retried");
    }
}
