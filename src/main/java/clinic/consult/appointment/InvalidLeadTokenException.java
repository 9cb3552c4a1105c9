package clinic.consult.appointment;

import clinic.consult.problem.InvalidFieldsException;

/** A booking's lead token that names no lead: forged, mistyped or expired. */
class InvalidLeadTokenException extends InvalidFieldsException {

    InvalidLeadTokenException() {
        super("leadToken", "is invalid or has expired");
    }
}
