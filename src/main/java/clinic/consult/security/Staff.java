package clinic.consult.security;

import java.util.Optional;
import java.util.Set;

/**
 * The staff member (or admin) behind a request: who they are for the audit trail, where they called from, and the
 * locations their token limits them to (none means all locations).
 */
public record Staff(String subject, Optional<Set<String>> locations, String clientIp) {

    public boolean mayWorkAt(String locationId) {
        return locations.isEmpty() || locations.get().contains(locationId);
    }
}
