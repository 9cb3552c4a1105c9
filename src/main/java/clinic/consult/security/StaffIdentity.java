package clinic.consult.security;

import clinic.consult.http.ClientAddress;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the verified bearer token of the current request. The optional {@code locations} claim (an array of location
 * ids, or one id) limits a staff member to those locations' leads.
 */
@ApplicationScoped
public class StaffIdentity {

    static final String LOCATIONS_CLAIM = "locations";

    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private final ClientAddress clientAddress;

    StaffIdentity(JsonWebToken token, SecurityIdentity identity, ClientAddress clientAddress) {
        this.token = token;
        this.identity = identity;
        this.clientAddress = clientAddress;
    }

    /** The caller as staff, on an operation open to the public too: empty without a staff or admin token. */
    public Optional<Staff> ifStaff(HttpServerRequest request) {
        if (identity.isAnonymous() || !(identity.hasRole(Roles.STAFF) || identity.hasRole(Roles.ADMIN))) {
            return Optional.empty();
        }
        return Optional.of(current(request));
    }

    public Staff current(HttpServerRequest request) {
        var subject = token.getSubject() != null ? token.getSubject() : token.getName();
        return new Staff(subject, locations(token.getClaim(LOCATIONS_CLAIM)), clientAddress.of(request));
    }

    private static Optional<Set<String>> locations(Object claim) {
        if (claim == null) {
            return Optional.empty();
        }
        var ids = new HashSet<String>();
        if (claim instanceof JsonArray array) {
            array.forEach(value -> {
                if (value instanceof JsonString text) {
                    ids.add(text.getString());
                }
            });
        } else if (claim instanceof Collection<?> values) {
            values.forEach(value -> ids.add(String.valueOf(value)));
        } else if (claim instanceof JsonString text) {
            ids.add(text.getString());
        } else {
            ids.add(claim.toString());
        }
        // a claim that names nothing grants nothing, rather than everything
        return Optional.of(Set.copyOf(ids));
    }
}
