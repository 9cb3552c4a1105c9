package clinic.consult.location;

import clinic.consult.contact.PhoneNumber;
import clinic.consult.http.Versioned;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.NotFoundException;
import clinic.consult.problem.PreconditionFailedException;
import clinic.consult.problem.Problem;
import clinic.consult.routing.GeoPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class LocationService {

    private final LocationRepository locations;
    private final TransactionSynchronizationRegistry transactions;
    private final Duration snapshotMaxAge;
    private final Clock clock;
    private volatile Snapshot snapshot;

    LocationService(
            LocationRepository locations,
            TransactionSynchronizationRegistry transactions,
            LocationsConfig config,
            Clock clock) {
        this.locations = locations;
        this.transactions = transactions;
        this.snapshotMaxAge = config.snapshotMaxAge();
        this.clock = clock;
    }

    public List<LocationView> list() {
        return locations.listByName().stream().map(LocationView::of).toList();
    }

    /**
     * The location list as read at most {@code consult.locations.snapshot-max-age} ago, for intake, which reads it on
     * every request (locations change a few times a year). A change made through this instance is seen at once.
     */
    public List<LocationView> listRecent() {
        var current = snapshot;
        var now = clock.instant();
        // a clock that stepped back (NTP) must not make a snapshot look fresh until it catches up
        if (current == null
                || !current.readAt().plus(snapshotMaxAge).isAfter(now)
                || current.readAt().isAfter(now)) {
            current = new Snapshot(list(), now);
            snapshot = current;
        }
        return current.locations();
    }

    /** One location from the recent list ({@link #listRecent}); empty for an unknown id. */
    public Optional<LocationView> recent(String id) {
        return listRecent().stream()
                .filter(location -> location.id().equals(id))
                .findFirst();
    }

    /** The error of a field that names no location, listing the locations there are. */
    public Problem.FieldError notALocation(String field) {
        return Problem.FieldError.notOneOf(
                field, "a location", listRecent().stream().map(LocationView::id).toList());
    }

    public boolean exists(String id) {
        return locations.findByIdOptional(id).isPresent();
    }

    public Versioned<LocationView> get(String id) {
        var location = find(id);
        return new Versioned<>(LocationView.of(location), location.version);
    }

    @Transactional
    public Versioned<LocationView> update(String id, LocationUpdate update, Optional<Long> expectedVersion) {
        var location = find(id);
        if (expectedVersion.isPresent() && expectedVersion.get() != location.version) {
            throw new PreconditionFailedException("Location '" + id + "'");
        }
        checkCoordinatesComeInPairs(update);
        checkTimeZoneFitsState(update);
        locations
                .findByName(update.name().strip())
                .filter(other -> !other.id.equals(id))
                .ifPresent(other -> {
                    throw new LocationNameTakenException(other.id);
                });

        location.name = update.name().strip();
        location.addressLine1 = blankToNull(update.address().line1());
        location.addressLine2 = blankToNull(update.address().line2());
        location.city = blankToNull(update.address().city());
        location.state = update.address().state();
        location.postalCode = update.address().postalCode();
        location.phone = PhoneNumber.toE164(update.phone()).orElse(null);
        location.email = blankToNull(update.email());
        location.timeZone = update.timeZone();
        location.latitude = update.latitude();
        location.longitude = update.longitude();
        location.updatedAt = clock.instant();
        locations.flush();
        forgetSnapshotAfterCommit();
        return new Versioned<>(LocationView.of(location), location.version);
    }

    private Location find(String id) {
        return locations.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Location", id));
    }

    private static void checkCoordinatesComeInPairs(LocationUpdate update) {
        var errors = GeoPoint.missingHalf(update.latitude(), update.longitude());
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    /** A US address with a zone outside the Americas and the Pacific is a typo that would shift every slot. */
    private static void checkTimeZoneFitsState(LocationUpdate update) {
        var state = update.address().state();
        var zone = update.timeZone();
        if (state != null && !(zone.startsWith("America/") || zone.startsWith("Pacific/"))) {
            throw new TimeZoneMismatchException(zone, state);
        }
    }

    /** After the commit, not before: a reader in between would otherwise cache the old row again. */
    private void forgetSnapshotAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                snapshot = null;
            }
        });
    }

    private record Snapshot(List<LocationView> locations, Instant readAt) {}

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
