package clinic.consult.waitlist;

import clinic.consult.notification.LinkTokens;
import clinic.consult.security.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * The token of a waitlist entry: an HMAC of its id, given to the person who joins and carried by every message about
 * the entry, so no secret is stored. It opens the entry's page: see it, confirm an offer, leave the line.
 */
@ApplicationScoped
public class WaitlistLinks implements LinkTokens.Waitlist {

    private static final String PURPOSE = "waitlist-entry";

    private final SigningKey key;

    WaitlistLinks(SigningKey key) {
        this.key = key;
    }

    @Override
    public String tokenFor(UUID entryId) {
        return key.textTag(PURPOSE, bytes(entryId));
    }

    boolean matches(UUID entryId, String token) {
        return key.verifyText(PURPOSE, bytes(entryId), token);
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }
}
