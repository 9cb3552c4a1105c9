package clinic.consult.security;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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

    private final Clock clock;
    private final String issuer;
    private final String audience;
    private final String privateKeyFile;

    DevTokenResource(
            Clock clock,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences") List<String> audiences,
            @ConfigProperty(name = "consult.dev-token.private-key") String privateKeyFile) {
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
            throws GeneralSecurityException, IOException {
        var now = clock.instant();
        var token = Jwt.issuer(issuer)
                .audience(audience)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .claim(Claims.jti.name(), UUID.randomUUID().toString());
        if (locations != null && !locations.isEmpty()) {
            token.claim("locations", locations);
        }
        return token.sign(KeyUtils.decodePrivateKey(Files.readString(java.nio.file.Path.of(privateKeyFile))));
    }
}
