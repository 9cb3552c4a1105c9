package clinic.consult.availability;

import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Holds: a seat kept for a few minutes while someone finishes the booking form. */
@ApplicationScoped
public class HoldService {

    private static final Logger LOG = Logger.getLogger(HoldService.class);

    private final HoldRepository holds;
    private final AvailabilityService availability;
    private final ScheduleService schedules;
    private final Duration holdFor;
    private final Clock clock;

    HoldService(
            HoldRepository holds,
            AvailabilityService availability,
            ScheduleService schedules,
            BookingConfig config,
            Clock clock) {
        this.holds = holds;
        this.availability = availability;
        this.schedules = schedules;
        this.holdFor = config.holdFor();
        this.clock = clock;
    }

    @Transactional
    public HoldView hold(HoldRequest request) {
        schedules.checkBookable(request.locationId(), request.type());
        var claim = availability.claim(
                request.locationId(), request.type(), request.start().toInstant(), null, null);
        var now = clock.instant();
        var hold = new Hold();
        hold.id = UUID.randomUUID();
        hold.locationId = request.locationId();
        hold.appointmentTypeId = request.type();
        hold.startAt = claim.start();
        hold.endAt = claim.end();
        hold.blocksUntil = claim.blocksUntil();
        hold.expiresAt = now.plus(holdFor);
        hold.createdAt = now;
        holds.persist(hold);
        LOG.infof("Hold %s at %s/%s", hold.id, hold.locationId, hold.appointmentTypeId);
        return new HoldView(
                hold.id,
                hold.locationId,
                hold.appointmentTypeId,
                claim.start().atZone(claim.zone()).toOffsetDateTime(),
                claim.end().atZone(claim.zone()).toOffsetDateTime(),
                hold.expiresAt);
    }

    /** Frees the seat at once. Releasing a hold again, or one that has expired, changes nothing. */
    @Transactional
    public void release(UUID id) {
        var hold = holds.lock(id).orElseThrow(() -> new NotFoundException("Hold", id));
        if (hold.releasedAt == null) {
            hold.releasedAt = clock.instant();
            availability.seatFreed(hold.locationId);
            LOG.infof("Hold %s released", id);
        }
    }

    /**
     * A booking takes over its hold's seat. Returns the hold to leave out of the count when it is still live; an
     * expired or released hold gives nothing, and the booking competes for the seat like any other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> consume(UUID holdId, String locationId, String typeId, Instant start) {
        var hold = holds.lock(holdId).orElseThrow(() -> new InvalidFieldsException("holdId", "is not a hold"));
        if (!hold.isLive(clock.instant())) {
            return Optional.empty();
        }
        if (!hold.locationId.equals(locationId)
                || !hold.appointmentTypeId.equals(typeId)
                || !hold.startAt.equals(start)) {
            throw new InvalidFieldsException("holdId", "holds another location, type or time");
        }
        hold.releasedAt = clock.instant();
        return Optional.of(hold.id);
    }
}
