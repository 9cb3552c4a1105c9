package clinic.consult.calendar;

import clinic.consult.security.RandomSecrets;
import java.util.regex.Pattern;

/**
 * Feed keys: 256 random bits, URL-safe, with a prefix that says what they are when one turns up in a log or a
 * pasted link; only their SHA-256 is stored, and a key is found by it.
 */
final class FeedKeys {

    static final String PREFIX = "calfeed_";
    private static final Pattern SHAPE = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");

    private FeedKeys() {}

    static String newKey() {
        return PREFIX + RandomSecrets.newSecret();
    }

    /** Whether the text could be a key at all: anything else is refused before the database is asked. */
    static boolean wellFormed(String key) {
        return key != null && SHAPE.matcher(key).matches();
    }

    static String hash(String key) {
        return RandomSecrets.hash(key);
    }
}
