package clinic.consult.http;

/**
 * A copy of an exception chain that keeps class names and stack frames but drops messages, which may quote
 * personal data (a constraint violation's key values, a template's input). Only for logging.
 */
final class PersonalDataFreeThrowable extends RuntimeException {

    private PersonalDataFreeThrowable(Throwable original, Throwable cause) {
        super(original.getClass().getName(), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    static Throwable of(Throwable original) {
        return copy(original, 0);
    }

    private static Throwable copy(Throwable original, int depth) {
        var cause = original.getCause();
        var copiedCause = cause != null && cause != original && depth < 20 ? copy(cause, depth + 1) : null;
        return new PersonalDataFreeThrowable(original, copiedCause);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
