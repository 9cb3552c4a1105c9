package clinic.consult.support;

import io.restassured.http.Header;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Bearer tokens signed with the throwaway test key (src/test/resources/jwt), as the identity provider would. */
public final class Tokens {

    public static final String ISSUER = "urn:clinic:consult:dev";
    public static final String AUDIENCE = "consult-api";

    private Tokens() {}

    /** The Authorization header for a token (set as a plain header so the contract filter sees it). */
    public static Header bearer(String token) {
        return new Header("Authorization", "Bearer " + token);
    }

    public static Header asStaff() {
        return bearer(staff());
    }

    public static Header asAdmin() {
        return bearer(admin());
    }

    public static String staff() {
        return signed("front-desk-1", Set.of("staff"), List.of());
    }

    public static String admin() {
        return signed("admin-1", Set.of("admin"), List.of());
    }

    public static String staffOf(String... locations) {
        return signed("front-desk-" + String.join("-", locations), Set.of("staff"), List.of(locations));
    }

    public static String withoutRoles() {
        return signed("patient-1", Set.of("patient"), List.of());
    }

    public static String expired() {
        var past = Instant.now().minus(Duration.ofHours(2));
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("admin-1")
                .groups(Set.of("admin"))
                .issuedAt(past)
                .expiresAt(past.plus(Duration.ofMinutes(30)))
                .sign();
    }

    public static String fromOtherIssuer() {
        return Jwt.issuer("https://elsewhere.example.org")
                .audience(AUDIENCE)
                .subject("admin-1")
                .groups(Set.of("admin"))
                .sign();
    }

    public static String withForeignSignature() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER)
                    .audience(AUDIENCE)
                    .subject("admin-1")
                    .groups(Set.of("admin"))
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An admin token built as a test wants it (another audience, an old iat, odd claims). */
    public static String admin(java.util.function.UnaryOperator<io.smallrye.jwt.build.JwtClaimsBuilder> change) {
        return change.apply(
                        Jwt.issuer(ISSUER).audience(AUDIENCE).subject("admin-1").groups(Set.of("admin")))
                .sign();
    }

    /** A token for a given subject, limited to the given locations. */
    public static String signedFor(String subject, List<String> locations, String... groups) {
        return signed(subject, Set.of(groups), locations);
    }

    /** A token for a given subject with the given roles and no location limit. */
    public static String signed(String subject, String... groups) {
        return signed(subject, Set.of(groups), List.of());
    }

    private static String signed(String subject, Set<String> groups, List<String> locations) {
        var builder = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(groups);
        if (!locations.isEmpty()) {
            builder.claim("locations", locations);
        }
        return builder.sign();
    }
}
