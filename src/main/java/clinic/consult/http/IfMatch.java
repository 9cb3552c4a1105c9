package clinic.consult.http;

import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the {@code If-Match} header against the row versions this service issues as strong ETags ({@code "7"}). */
public final class IfMatch {

    private static final Pattern VERSION_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private IfMatch() {}

    /**
     * The version an {@code If-Match} header asks for: empty when there is no header or it is {@code *}. A tag
     * this service never issued asks for a version that does not exist, so it fails the precondition.
     */
    public static Optional<Long> expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return Optional.empty();
        }
        var matcher = VERSION_TAG.matcher(ifMatch.trim());
        return Optional.of(matcher.matches() ? Long.parseLong(matcher.group(1)) : -1L);
    }
}
