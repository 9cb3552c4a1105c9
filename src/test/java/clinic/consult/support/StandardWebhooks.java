package clinic.consult.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's verification of a Standard Webhooks 1.0 signature, written from the specification and not from the
 * service's code: the three headers, a timestamp within five minutes, and at least one {@code v1,} entry equal, in
 * constant time, to the base64 HMAC-SHA256 of {@code id.timestamp.body} under the base64-decoded secret.
 */
public final class StandardWebhooks {

    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private StandardWebhooks() {}

    public static boolean verify(
            String secret, String id, String timestamp, String signatures, String body, Instant now) {
        if (id == null || timestamp == null || signatures == null || !secret.startsWith("whsec_")) {
            return false;
        }
        long sent;
        try {
            sent = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - sent) > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected;
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return false;
        }
        for (var entry : signatures.split(" ")) {
            var parts = entry.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")) {
                byte[] given;
                try {
                    given = Base64.getDecoder().decode(parts[1]);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (MessageDigest.isEqual(expected, given)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A request the receiver got, verified with the secret at its own time. */
    public static boolean verify(String secret, Receiver.Request request) {
        return verify(
                secret,
                request.header("webhook-id"),
                request.header("webhook-timestamp"),
                request.header("webhook-signature"),
                request.body(),
                Instant.ofEpochSecond(Long.parseLong(request.header("webhook-timestamp"))));
    }
}
