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
import java.util.regex.Pattern;

/**
 * A person's name as the clinic's emails may quote it: letters of any script with their accents, spaces, hyphens,
 * apostrophes, and a period after an initial ({@code J. R.}). Names go into emails to whatever address was typed, so
 * nothing in them may read as a link, an address or a phone number: no digits, slashes, colons, {@code @} or dots
 * inside a word. Null is valid.
 */
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = PersonName.Validator.class)
public @interface PersonName {

    /** The rule as a regular expression (openapi.yaml says it in words: not every JSON Schema tool reads \p{L}). */
    String PATTERN = "^\\p{L}\\p{M}*(?:[\\p{L}\\p{M}'\u2019 -]|\\.(?= |$))*$";

    String message() default
            "must be a name: letters, spaces, hyphens and apostrophes (a period only after an initial)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PersonName, String> {

        private static final Pattern NAME = Pattern.compile(PATTERN);

        /** Whether a stored name may be quoted in an email (names stored before this rule may not). */
        public static boolean isQuotable(String name) {
            return name != null && NAME.matcher(name.strip()).matches();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            // a blank name is for @NotBlank to refuse, once
            return value == null
                    || value.isBlank()
                    || NAME.matcher(value.strip()).matches();
        }
    }
}
