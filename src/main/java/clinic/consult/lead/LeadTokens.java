package clinic.consult.lead;

import clinic.consult.notification.LinkTokens;
import clinic.consult.security.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed, expiring lead tokens: the lead id and an expiry, with an HMAC-SHA256 tag (128 bits kept). Nothing is
 * stored, so issuing one costs the busiest endpoint no database work.
 */
@ApplicationScoped
public class LeadTokens implements LinkTokens.Booking {

    private static final String PURPOSE = "lead-token";
    private static final int PAYLOAD = 16 + 8;
    private static final int TAG = SigningKey.TAG_BYTES;

    private final SigningKey key;
    private final Duration validFor;
    private final Clock clock;

    LeadTokens(SigningKey key, LeadTokenConfig config, Clock clock) {
        this.key = key;
        this.validFor = config.validFor();
        this.clock = clock;
    }

    @Override
    public String issue(UUID leadId) {
        var payload = ByteBuffer.allocate(PAYLOAD)
                .putLong(leadId.getMostSignificantBits())
                .putLong(leadId.getLeastSignificantBits())
                .putLong(clock.instant().plus(validFor).getEpochSecond())
                .array();
        var token = ByteBuffer.allocate(PAYLOAD + TAG)
                .put(payload)
                .put(key.tag(PURPOSE, payload))
                .array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The lead a token names, if it is genuine and not expired. */
    public Optional<UUID> verify(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != PAYLOAD + TAG) {
            return Optional.empty();
        }
        var payload = Arrays.copyOf(bytes, PAYLOAD);
        if (!key.verify(PURPOSE, payload, Arrays.copyOfRange(bytes, PAYLOAD, PAYLOAD + TAG))) {
            return Optional.empty();
        }
        var buffer = ByteBuffer.wrap(payload);
        var leadId = new UUID(buffer.getLong(), buffer.getLong());
        var expires = Instant.ofEpochSecond(buffer.getLong());
        return expires.isAfter(clock.instant()) ? Optional.of(leadId) : Optional.empty();
    }
}
