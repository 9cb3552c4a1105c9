package clinic.consult.security;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The service's HMAC-SHA256 key, for tokens that are checked without being stored (lead tokens, the manage links of
 * emails). Each use names its purpose, so a tag made for one can never pass as the other.
 */
// created at start, so a missing or short secret is reported when the instance boots, not at its first request
@Startup
@ApplicationScoped
public class SigningKey {

    private static final Logger LOG = Logger.getLogger(SigningKey.class);
    private static final int MIN_SECRET = 32;
    public static final int TAG_BYTES = 16;

    // keyed once, never used itself: tag() works on a clone
    private final Mac keyed;

    SigningKey(@ConfigProperty(name = "consult.signing-secret") Optional<String> secret) {
        var given = secret.filter(s -> !s.isBlank());
        if (given.isPresent() && given.get().length() < MIN_SECRET) {
            throw new IllegalStateException("consult.signing-secret must be at least " + MIN_SECRET + " characters");
        }
        byte[] bytes;
        if (given.isPresent()) {
            bytes = given.get().getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            LOG.warn("CONSULT_SIGNING_SECRET is not set: lead tokens and emailed manage links work only on this"
                    + " instance until it restarts");
        }
        try {
            this.keyed = Mac.getInstance("HmacSHA256");
            keyed.init(new SecretKeySpec(bytes, "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first {@link #TAG_BYTES} bytes of HMAC-SHA256(purpose NUL payload). */
    public byte[] tag(String purpose, byte[] payload) {
        // a copy of the keyed MAC: no provider look-up nor key set-up per tag, and none shared between threads
        Mac mac;
        try {
            mac = (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        mac.update(purpose.getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) 0);
        return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
    }

    /** Whether {@code tag} is the tag of this payload, compared in constant time. */
    public boolean verify(String purpose, byte[] payload, byte[] tag) {
        return MessageDigest.isEqual(tag(purpose, payload), tag);
    }

    /** {@link #tag} as URL-safe base64 without padding: a token for a link. */
    public String textTag(String purpose, byte[] payload) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(tag(purpose, payload));
    }

    /** Whether {@code token} is {@link #textTag} of this payload; false for anything that is not such a token. */
    public boolean verifyText(String purpose, byte[] payload, String token) {
        if (token == null) {
            return false;
        }
        byte[] tag;
        try {
            tag = java.util.Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return tag.length == TAG_BYTES && verify(purpose, payload, tag);
    }
}
