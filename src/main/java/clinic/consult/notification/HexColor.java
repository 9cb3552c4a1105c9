package clinic.consult.notification;

import java.util.regex.Pattern;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * Refuses a colour that is not {@code #rrggbb} when the configuration is read. A converter rather than a constraint:
 * one constraint on a configuration mapping starts Bean Validation for all of them at every start.
 */
public class HexColor implements Converter<String> {

    private static final Pattern RRGGBB = Pattern.compile("#[0-9a-fA-F]{6}");

    @Override
    public String convert(String value) {
        if (!RRGGBB.matcher(value).matches()) {
            throw new IllegalArgumentException("a colour must be written #rrggbb, not " + value);
        }
        return value;
    }
}
