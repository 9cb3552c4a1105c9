package clinic.consult.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * What a signed, unexpired token of the right issuer and audience must also be before it counts (a 401 otherwise).
 * <ul>
 *   <li>{@code groups} is a JSON array of strings, as MicroProfile JWT defines it. A single string is refused rather
 *       than read as one group: whether {@code "staff admin"} means one role or two is not ours to guess.
 *   <li>{@code locations}, when present, is an array of location ids (a single id is taken as one: it can only narrow
 *       what the token may see).
 *   <li>{@code sub} (or {@code upn}) names the staff member in at most 200 visible characters: it goes into every audit
 *       line.
 *   <li>{@code iat} is not later than now, give or take a minute of clock skew: a token "issued" in the future would
 *       outlive the maximum age ({@code mp.jwt.verify.token.age}) by as much.
 * </ul>
 */
// created at start: without the audience setting (MP_JWT_VERIFY_AUDIENCES) the service does not start
@Startup
@ApplicationScoped
public class TokenClaims implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(TokenClaims.class);
    static final int MAX_SUBJECT = 200;
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final ObjectMapper json;
    // the time the token library checks expiry against, not the service's clock (which tests may move)
    private final Clock tokenTime = Clock.systemUTC();

    TokenClaims(ObjectMapper json, @ConfigProperty(name = "mp.jwt.verify.audiences") List<String> audiences) {
        this.json = json;
        if (audiences.stream().allMatch(String::isBlank)) {
            throw new IllegalStateException("mp.jwt.verify.audiences must name the audience of staff tokens");
        }
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || token.getRawToken() == null) {
            return Uni.createFrom().item(identity);
        }
        var problem = problemOf(token.getRawToken());
        if (problem != null) {
            // which rule, never the claim's value
            LOG.infof("Token refused: %s", problem);
            return Uni.createFrom().failure(new AuthenticationFailedException(problem));
        }
        return Uni.createFrom().item(identity);
    }

    /** What is wrong with an already verified token's claims, or null. */
    String problemOf(String rawToken) {
        JsonNode claims;
        try {
            var parts = rawToken.split("\\.");
            claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return "claims unreadable";
        }
        var groups = claims.get("groups");
        if (groups == null || !groups.isArray()) {
            return "groups is not an array";
        }
        for (var group : groups) {
            if (!group.isTextual()) {
                return "groups holds something else than strings";
            }
        }
        var locations = claims.get("locations");
        if (locations != null && !locations.isTextual() && !isArrayOfStrings(locations)) {
            return "locations is neither an array of ids nor one id";
        }
        var issuedAt = claims.get("iat");
        if (issuedAt == null || !issuedAt.isNumber()) {
            return "no iat";
        }
        if (issuedAt.asLong() > tokenTime.instant().plus(CLOCK_SKEW).getEpochSecond()) {
            return "iat in the future";
        }
        var subject = claims.hasNonNull("sub") ? claims.get("sub") : claims.get("upn");
        if (subject == null || !subject.isTextual()) {
            return "no subject";
        }
        var text = subject.asText();
        if (text.isEmpty()
                || text.length() > MAX_SUBJECT
                || !text.chars().allMatch(c -> c > 0x20 && (c < 0x7F || c > 0x9F))) {
            return "subject empty, longer than " + MAX_SUBJECT + " or not visible characters";
        }
        return null;
    }

    private static boolean isArrayOfStrings(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (var element : node) {
            if (!element.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
