package clinic.consult.contact;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Email addresses as this service takes and compares them. It takes only addresses the mailer can send to and every
 * mail server takes: a dot-atom local part (letters, digits and {@code !#$%&'*+/=?^_`{|}~-}, dots between them) at a
 * host name of two or more labels. Quoted local parts ({@code "john doe"@example.com}), comments, IP literals and
 * non-ASCII addresses are refused: the first can stall the mail client, and nobody gives them on a clinic's form. The
 * same person's address in any case is one address.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LABEL = Pattern.compile("[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}");

    private EmailAddress() {}

    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the address (surrounding spaces aside) is one this service sends to. */
    public static boolean isDeliverable(String email) {
        if (email == null) {
            return false;
        }
        var address = email.strip();
        if (address.length() > MAX_LENGTH) {
            return false;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at > 64 || at == address.length() - 1) {
            return false;
        }
        var local = address.substring(0, at);
        var host = address.substring(at + 1);
        if (!LOCAL.matcher(local).matches() || host.length() > 253) {
            return false;
        }
        var labels = host.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (int i = 0; i < labels.length - 1; i++) {
            if (!LABEL.matcher(labels[i]).matches()) {
                return false;
            }
        }
        return TOP_LABEL.matcher(labels[labels.length - 1]).matches();
    }
}
