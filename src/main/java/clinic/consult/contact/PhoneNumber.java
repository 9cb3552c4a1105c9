package clinic.consult.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Optional;

/** Phone numbers as the clinic stores them: validated with libphonenumber (US by default) and kept in E.164. */
public final class PhoneNumber {

    private static final PhoneNumberUtil LIBRARY = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "US";

    private PhoneNumber() {}

    /** The E.164 form ({@code +19495031414}) of a valid number, empty if the input is not a valid number. */
    public static Optional<String> toE164(String input) {
        if (input == null || input.isBlank() || input.length() > 40) {
            return Optional.empty();
        }
        try {
            var parsed = LIBRARY.parse(input, DEFAULT_REGION);
            return LIBRARY.isValidNumber(parsed)
                    ? Optional.of(LIBRARY.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** A stored E.164 number as people write it: {@code (949) 503-1414} in the US, international elsewhere. */
    public static String forDisplay(String e164) {
        try {
            var parsed = LIBRARY.parse(e164, DEFAULT_REGION);
            return LIBRARY.format(
                    parsed,
                    parsed.getCountryCode() == 1
                            ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
                            : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    /**
     * Whether a stored number may take texts as far as its numbering plan tells: a mobile number, or one the plan
     * cannot tell from a landline (most of North America). The provider refuses the rest of the landlines.
     */
    public static boolean isMobileCapable(String e164) {
        try {
            var type = LIBRARY.getNumberType(LIBRARY.parse(e164, DEFAULT_REGION));
            return type == PhoneNumberUtil.PhoneNumberType.MOBILE
                    || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
        } catch (NumberParseException e) {
            return false;
        }
    }
}
