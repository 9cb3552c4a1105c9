package clinic.consult.contact;

import java.util.Locale;

/** Email addresses as this service compares them: the same person's address in any case is one address. */
public final class EmailAddress {

    private EmailAddress() {}

    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
