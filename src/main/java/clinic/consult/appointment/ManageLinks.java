package clinic.consult.appointment;

import clinic.consult.notification.LinkTokens;
import clinic.consult.security.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * The manage token of the links in emails: an HMAC of the appointment id and its version (the iCalendar SEQUENCE), so
 * that every email about an appointment (confirmation, reminder, new time) can carry a working link without the
 * service storing a secret. It is accepted wherever the booking answer's manage token is, under the same rule (while
 * the appointment is booked and not over), and only until the appointment changes: a link lives no longer than the
 * email's facts, and the email about the change carries the next one.
 */
@ApplicationScoped
public class ManageLinks implements LinkTokens.Manage {

    private static final String PURPOSE = "manage-link";

    private final SigningKey key;

    ManageLinks(SigningKey key) {
        this.key = key;
    }

    @Override
    public String tokenFor(UUID appointmentId, int sequence) {
        return key.textTag(PURPOSE, bytes(appointmentId, sequence));
    }

    boolean matches(UUID appointmentId, int sequence, String token) {
        return key.verifyText(PURPOSE, bytes(appointmentId, sequence), token);
    }

    private static byte[] bytes(UUID id, int sequence) {
        return ByteBuffer.allocate(20)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .putInt(sequence)
                .array();
    }
}
