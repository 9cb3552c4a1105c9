package clinic.consult.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;

/**
 * Dev mode only (the bean does not exist in any other build): signs staff and admin tokens with the throwaway test
 * key so that a newcomer can call the secured endpoints. Production verifies tokens from the real identity provider.
 */
@IfBuildProfile("dev")
@jakarta.ws.rs.Path("/dev/token")
public class DevTokenResource {

    private static final Duration LIFETIME = Duration.ofHours(8);

    private final ObjectMapper json;
    private final Clock clock;
    private final String issuer;
    private final String audience;
    private final String privateKeyFile;

    DevTokenResource(
            ObjectMapper json,
            Clock clock,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences") List<String> audiences,
            @ConfigProperty(name = "consult.dev-token.private-key") String privateKeyFile) {
        this.json = json;
        this.clock = clock;
        this.issuer = issuer;
        this.audience = audiences.get(0);
        this.privateKeyFile = privateKeyFile;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    public String token(
            @QueryParam("role") @DefaultValue(Roles.STAFF) String role,
            @QueryParam("subject") @DefaultValue("dev-user") String subject,
            @QueryParam("locations") List<String> locations)
            throws IOException, GeneralSecurityException {
        var now = clock.instant().getEpochSecond();
        var claims = new LinkedHashMap<String, Object>();
        claims.put(Claims.iss.name(), issuer);
        claims.put(Claims.aud.name(), audience);
        claims.put(Claims.sub.name(), subject);
        claims.put(Claims.upn.name(), subject);
        claims.put(Claims.groups.name(), List.of(role));
        claims.put(Claims.iat.name(), now);
        claims.put(Claims.exp.name(), now + LIFETIME.toSeconds());
        claims.put(Claims.jti.name(), UUID.randomUUID().toString());
        if (locations != null && !locations.isEmpty()) {
            claims.put("locations", locations);
        }
        var signingInput = encode(Map.of("alg", "RS256", "typ", "JWT")) + "." + encode(claims);
        var signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(privateKey());
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private String encode(Map<String, Object> part) throws JsonProcessingException {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(part));
    }

    private PrivateKey privateKey() throws IOException, GeneralSecurityException {
        var pem = Files.readString(java.nio.file.Path.of(privateKeyFile))
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}
