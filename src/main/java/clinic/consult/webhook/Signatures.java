package clinic.consult.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks 1.0 signing: secrets are {@code whsec_} and the base64 of 32 random bytes (the HMAC key); the
 * {@code webhook-signature} header is one {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">} per live secret,
 * space-separated, so a receiver that knows either secret of a rotation verifies.
 */
final class Signatures {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {}

    static String newSecret() {
        var key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header of a message under each of the secrets. */
    static String header(List<String> secrets, String id, long timestamp, String body) {
        var content = (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
        return secrets.stream().map(secret -> "v1," + sign(secret, content)).collect(Collectors.joining(" "));
    }

    private static String sign(String secret, byte[] content) {
        var key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
