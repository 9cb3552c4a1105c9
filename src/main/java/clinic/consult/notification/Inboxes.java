package clinic.consult.notification;

import clinic.consult.contact.EmailAddress;
import clinic.consult.location.LocationService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a location's new-lead emails go: its configured inbox, else the address stored with the location, else the
 * clinic-wide inbox.
 */
@ApplicationScoped
public class Inboxes {

    private final Map<String, String> configured = new HashMap<>();
    private final Optional<String> clinicInbox;
    private final LocationService locations;

    Inboxes(MailConfig config, LocationService locations) {
        this.locations = locations;
        this.clinicInbox = config.clinicInbox().filter(address -> !address.isBlank());
        for (var entry : config.locationInboxes().orElse(List.of())) {
            var separator = entry.indexOf('=');
            if (separator <= 0 || separator == entry.length() - 1) {
                throw new IllegalStateException(
                        "consult.mail.location-inboxes entries are location-id=address, got an entry without '='");
            }
            configured.put(
                    entry.substring(0, separator).strip(),
                    entry.substring(separator + 1).strip());
        }
        // an inbox the mailer cannot send to is a setup error, found at start rather than at the first lead
        clinicInbox.ifPresent(address -> requireDeliverable("consult.mail.clinic-inbox", address));
        configured.forEach((location, address) -> requireDeliverable("consult.mail.location-inboxes", address));
    }

    private static void requireDeliverable(String setting, String address) {
        if (!EmailAddress.isDeliverable(address)) {
            throw new IllegalStateException(setting + " holds an address email cannot be sent to");
        }
    }

    /** The clinic's own inbox, for what concerns no location. */
    public Optional<String> clinic() {
        return clinicInbox;
    }

    public Optional<String> of(String locationId) {
        var inbox = configured.get(locationId);
        if (inbox != null) {
            return Optional.of(inbox);
        }
        return locations
                .recent(locationId)
                .map(location -> location.email())
                .filter(email -> email != null && !email.isBlank())
                .or(() -> clinicInbox);
    }
}
