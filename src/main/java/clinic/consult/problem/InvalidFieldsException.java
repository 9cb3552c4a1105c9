package clinic.consult.problem;

import java.util.List;

/** Validation that needs more than Bean Validation (cross-field rules, look-ups): a 400 naming each field. */
public class InvalidFieldsException extends DomainException {

    private final List<Problem.FieldError> errors;

    public InvalidFieldsException(List<Problem.FieldError> errors) {
        super(ProblemType.VALIDATION_FAILED, describe(errors.size()));
        this.errors = List.copyOf(errors);
    }

    public InvalidFieldsException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public static String describe(int count) {
        return count == 1 ? "1 field is invalid" : count + " fields are invalid";
    }
}
