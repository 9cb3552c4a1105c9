package clinic.consult.lead;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Signed, expiring lead tokens: the lead id and an expiry, with an HMAC-SHA256 tag (128 bits kept). Nothing is
 * stored, so issuing one costs the busiest endpoint no database work.
 */
// created at start, so a missing secret is reported when the instance boots, not at its first request
@Startup
@ApplicationScoped
public class LeadTokens {

    private static final Logger LOG = Logger.getLogger(LeadTokens.class);
    private static final int PAYLOAD = 16 + 8;
    private static final int TAG = 16;
    private static final int MIN_SECRET = 32;

    private final SecretKeySpec key;
    private final Duration validFor;
    private final Clock clock;

    LeadTokens(LeadTokenConfig config, Clock clock) {
        this.validFor = config.validFor();
        this.clock = clock;
        var secret = config.secret().filter(s -> !s.isBlank());
        if (secret.isPresent() && secret.get().length() < MIN_SECRET) {
            throw new IllegalStateException("consult.lead-token.secret must be at least " + MIN_SECRET + " characters");
        }
        byte[] bytes;
        if (secret.isPresent()) {
            bytes = secret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            LOG.warn("CONSULT_LEAD_TOKEN_SECRET is not set: lead tokens work only on this instance until it restarts");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public String issue(UUID leadId) {
        var payload = ByteBuffer.allocate(PAYLOAD)
                .putLong(leadId.getMostSignificantBits())
                .putLong(leadId.getLeastSignificantBits())
                .putLong(clock.instant().plus(validFor).getEpochSecond())
                .array();
        var token = ByteBuffer.allocate(PAYLOAD + TAG)
                .put(payload)
                .put(tag(payload))
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
        if (!MessageDigest.isEqual(tag(payload), Arrays.copyOfRange(bytes, PAYLOAD, PAYLOAD + TAG))) {
            return Optional.empty();
        }
        var buffer = ByteBuffer.wrap(payload);
        var leadId = new UUID(buffer.getLong(), buffer.getLong());
        var expires = Instant.ofEpochSecond(buffer.getLong());
        return expires.isAfter(clock.instant()) ? Optional.of(leadId) : Optional.empty();
    }

    private byte[] tag(byte[] payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), TAG);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
