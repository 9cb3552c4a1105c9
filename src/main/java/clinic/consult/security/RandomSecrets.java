package clinic.consult.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets a caller holds and the database must not (manage tokens, calendar-feed keys): 256 random bits, URL-safe,
 * for the holder; only their SHA-256 for the database.
 */
public final class RandomSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSecrets() {}

    public static String newSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time, so response timing tells nothing about a guessed token. */
    public static boolean matches(String token, String storedHash) {
        return token != null
                && MessageDigest.isEqual(
                        hash(token).getBytes(StandardCharsets.US_ASCII),
                        storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
