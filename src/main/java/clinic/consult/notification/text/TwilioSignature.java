package clinic.consult.notification.text;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's {@code X-Twilio-Signature}: HMAC-SHA1 with the account's auth token over the full URL Twilio requested,
 * followed by every POST parameter's name and value, sorted by name (then value), base64-encoded.
 */
public final class TwilioSignature {

    private TwilioSignature() {}

    public static String of(String authToken, String url, Map<String, List<String>> parameters) {
        var data = new StringBuilder(url);
        var names = new ArrayList<>(parameters.keySet());
        names.sort(null);
        for (var name : names) {
            var values = new ArrayList<>(parameters.get(name));
            values.sort(null);
            for (var value : values) {
                data.append(name).append(value);
            }
        }
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a request's signature is the one its URL and parameters call for; compared in constant time. */
    public static boolean isValid(
            String authToken, String url, Map<String, List<String>> parameters, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        var expected = of(authToken, url, parameters).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8));
    }
}
