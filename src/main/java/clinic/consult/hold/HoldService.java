package clinic.consult.hold;

import clinic.consult.db.AdvisoryLocks;
import clinic.consult.idempotency.IdempotencyService;
import clinic.consult.idempotency.Reply;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.NotFoundException;
import clinic.consult.schedule.ScheduleService;
import clinic.consult.security.SigningKey;
import clinic.consult.slot.BookingConfig;
import clinic.consult.slot.SeatClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Holds: a seat kept for a few minutes while someone finishes the booking form. Holds are anonymous, so each client
 * (an address, or an IPv6 /64) may keep only a few at once, in all and per location and day: one client cannot empty
 * a day by holding every seat of it.
 */
@ApplicationScoped
public class HoldService {

    private static final Logger LOG = Logger.getLogger(HoldService.class);
    static final String SCOPE = "POST /api/v1/holds";

    private static final String CLIENT_KEY_PURPOSE = "hold-client";

    private final IdempotencyService idempotency;
    private final HoldRepository holds;
    private final SeatClaims seats;
    private final ScheduleService schedules;
    private final AdvisoryLocks locks;
    private final SigningKey key;
    private final BookingConfig config;
    private final Duration holdFor;
    private final Clock clock;

    HoldService(
            IdempotencyService idempotency,
            HoldRepository holds,
            SeatClaims seats,
            ScheduleService schedules,
            AdvisoryLocks locks,
            SigningKey key,
            BookingConfig config,
            Clock clock) {
        this.idempotency = idempotency;
        this.holds = holds;
        this.seats = seats;
        this.schedules = schedules;
        this.locks = locks;
        this.key = key;
        this.config = config;
        this.holdFor = config.holdFor();
        this.clock = clock;
    }

    /** @param client the client's budget key ({@code ClientAddress.budgetKey}) */
    /** One transaction, opened here, with the {@code Idempotency-Key} claimed in it. */
    @Transactional
    public Reply hold(String idempotencyKey, HoldRequest request, String client) {
        return idempotency.once(SCOPE, idempotencyKey, request, () -> {
            var hold = hold(request, client);
            return Reply.created(hold, URI.create("/api/v1/holds/" + hold.id()));
        });
    }

    private HoldView hold(HoldRequest request, String client) {
        schedules.checkBookable(request.locationId(), request.type());
        var clientKey = clientKey(client);
        // one client's concurrent holds take turns, across instances, so the cap is exact
        locks.lock(List.of("hold-client:" + clientKey));
        var zone = schedules.zoneOf(request.locationId());
        checkCaps(clientKey, request.locationId(), request.start().toInstant(), zone);
        var claim = seats.claim(
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
        hold.clientKey = clientKey;
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

    /**
     * Keeps a seat for someone the waitlist offers it to, until the offer ends: it counts as taken like any hold, so
     * nobody else, and no other offer, gets it meanwhile. Empty when the seat is no longer free. Flushed at once: the
     * next seat the caller tries in this transaction sees this one taken.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<HoldView> holdForOffer(String locationId, String typeId, Instant start, Instant until) {
        var claim = seats.tryClaim(locationId, typeId, start);
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        var now = clock.instant();
        var hold = new Hold();
        hold.id = UUID.randomUUID();
        hold.locationId = locationId;
        hold.appointmentTypeId = typeId;
        hold.startAt = start;
        hold.endAt = claim.get().end();
        hold.blocksUntil = claim.get().blocksUntil();
        hold.expiresAt = until;
        hold.createdAt = now;
        holds.persist(hold);
        holds.flush();
        var zone = claim.get().zone();
        return Optional.of(new HoldView(
                hold.id,
                locationId,
                typeId,
                start.atZone(zone).toOffsetDateTime(),
                hold.endAt.atZone(zone).toOffsetDateTime(),
                until));
    }

    private void checkCaps(String clientKey, String locationId, Instant start, ZoneId zone) {
        var now = clock.instant();
        var live = holds.liveOf(clientKey, now);
        var day = start.atZone(zone).toLocalDate();
        var sameDay = live.stream()
                .filter(hold -> hold.locationId.equals(locationId)
                        && hold.startAt.atZone(zone).toLocalDate().equals(day))
                .toList();
        if (live.size() >= config.holdsPerClient()) {
            throw new TooManyHoldsException(
                    "You hold " + live.size() + " slots already, the most one client may hold at once: book or"
                            + " release one (DELETE /api/v1/holds/{id}), or wait until one expires",
                    secondsUntil(live.get(0).expiresAt, now));
        }
        if (sameDay.size() >= config.holdsPerClientAndDay()) {
            throw new TooManyHoldsException(
                    "You hold " + sameDay.size() + " slots of that day at that location already, the most one client"
                            + " may hold: book or release one, or wait until one expires",
                    secondsUntil(sameDay.get(0).expiresAt, now));
        }
    }

    private static long secondsUntil(Instant then, Instant now) {
        return Math.max(1, (Duration.between(now, then).toMillis() + 999) / 1000);
    }

    /** A keyed hash of the client's address: holds can be counted per client without storing who it was. */
    private String clientKey(String client) {
        return HexFormat.of().formatHex(key.tag(CLIENT_KEY_PURPOSE, client.getBytes(StandardCharsets.UTF_8)));
    }

    /** Frees the seat at once. Releasing a hold again, or one that has expired, changes nothing. */
    @Transactional
    public void release(UUID id) {
        var hold = holds.lock(id).orElseThrow(() -> new NotFoundException("Hold", id));
        if (hold.releasedAt == null) {
            hold.releasedAt = clock.instant();
            seats.seatFreed(hold.locationId);
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
