package clinic.consult.contact;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A person's name as the clinic's emails may quote it: letters of any script with their accents, spaces, hyphens,
 * apostrophes, and a period after an initial ({@code J. R.}). Names go into emails to whatever address was typed, so
 * nothing in them may read as a link, an address or a phone number: no digits, slashes, colons, {@code @} or dots
 * inside a word. Null is valid.
 *
 * <p>A name longer than {@link #max()} is left to {@code @Size} to refuse: this rule looks only at names that fit.
 */
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = PersonName.Validator.class)
public @interface PersonName {

    String message() default "{clinic.consult.name}";

    /** The field's longest name; the same as its {@code @Size(max)}. */
    int max();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PersonName, String> {

        private int max;

        @Override
        public void initialize(PersonName annotation) {
            this.max = annotation.max();
        }

        /** Whether a stored name may be quoted in an email (names stored before this rule may not). */
        public static boolean isQuotable(String name) {
            return name != null && isName(name.strip());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            // a blank name is for @NotBlank to refuse, a long one for @Size, each once
            return value == null || value.isBlank() || value.length() > max || isName(value.strip());
        }

        /**
         * One pass over the characters, so that the time it takes grows with the name's length and nothing else (a
         * regular expression with a repeated alternation recursed once per character).
         */
        static boolean isName(String name) {
            if (name.isEmpty() || !Character.isLetter(name.codePointAt(0))) {
                return false;
            }
            for (int i = 0; i < name.length(); ) {
                int c = name.codePointAt(i);
                int next = i + Character.charCount(c);
                boolean allowed = Character.isLetter(c)
                        || isMark(c)
                        || c == '\''
                        || c == '\u2019'
                        || c == ' '
                        || c == '-'
                        || (c == '.' && (next == name.length() || name.charAt(next) == ' '));
                if (!allowed) {
                    return false;
                }
                i = next;
            }
            return true;
        }

        private static boolean isMark(int c) {
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
        }
    }
}
