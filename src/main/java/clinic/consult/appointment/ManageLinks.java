package clinic.consult.appointment;

import clinic.consult.security.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/**
 * The manage token of the links in emails: an HMAC of the appointment id, so that every email about an appointment
 * (confirmation, reminder, new time) can carry a working link without the service storing a secret. It is accepted
 * wherever the booking answer's manage token is, under the same rule: while the appointment is booked and not over.
 */
@ApplicationScoped
public class ManageLinks {

    private static final String PURPOSE = "manage-link";

    private final SigningKey key;

    ManageLinks(SigningKey key) {
        this.key = key;
    }

    public String tokenFor(UUID appointmentId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.tag(PURPOSE, bytes(appointmentId)));
    }

    boolean matches(UUID appointmentId, String token) {
        if (token == null) {
            return false;
        }
        byte[] tag;
        try {
            tag = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return tag.length == SigningKey.TAG_BYTES && key.verify(PURPOSE, bytes(appointmentId), tag);
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }
}
