package clinic.consult.slot;

import clinic.consult.db.AdvisoryLocks;
import clinic.consult.schedule.ScheduleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Takes seats for bookings and holds, with the same {@link SlotRules} that list slots, so a listed slot is a
 * bookable one. Capacity holds however many requests and instances race: a claim takes the booking locks of the
 * days its time touches and reads what is taken after them, in the caller's transaction.
 */
@ApplicationScoped
public class SeatClaims {

    private final ScheduleService schedules;
    private final TakenTimes takenTimes;
    private final AdvisoryLocks locks;
    private final SlotCache cache;
    private final Clock clock;

    SeatClaims(ScheduleService schedules, TakenTimes takenTimes, AdvisoryLocks locks, SlotCache cache, Clock clock) {
        this.schedules = schedules;
        this.takenTimes = takenTimes;
        this.locks = locks;
        this.cache = cache;
        this.clock = clock;
    }

    /** A seat taken for the current transaction. */
    public record Claim(Instant start, Instant end, Instant blocksUntil, ZoneId zone) {}

    /**
     * Takes a seat at {@code start} for the caller's transaction, or says why not. The locks are held until the
     * caller commits the appointment or hold it stores, so the seat it saw free stays free.
     *
     * @param exceptAppointment an appointment whose own time does not count (the one being moved), or null
     * @param exceptHold a hold whose seat the caller takes over, or null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claim(String locationId, String typeId, Instant start, UUID exceptAppointment, UUID exceptHold) {
        var seat = seat(locationId, typeId, start);
        var verdict = lockAndEvaluate(seat, exceptAppointment, exceptHold);
        if (verdict.refusal().isPresent()) {
            throw new SlotNotBookableException(verdict.refusal().get());
        }
        if (verdict.remaining() == 0) {
            throw new SlotUnavailableException();
        }
        return claimed(seat);
    }

    /**
     * {@link #claim}, for a caller that tries seats in turn in one transaction (the waitlist): a seat that is not
     * free is an empty answer, not an exception that would end the transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Claim> tryClaim(String locationId, String typeId, Instant start) {
        var seat = seat(locationId, typeId, start);
        var verdict = lockAndEvaluate(seat, null, null);
        if (verdict.refusal().isPresent() || verdict.remaining() == 0) {
            return Optional.empty();
        }
        return Optional.of(claimed(seat));
    }

    private Claim claimed(Seat seat) {
        cache.forgetAfterCommit(seat.locationId());
        return new Claim(seat.start(), seat.end(), seat.blocksUntil(), seat.zone());
    }

    private SlotRules.Verdict lockAndEvaluate(Seat seat, UUID exceptAppointment, UUID exceptHold) {
        // two times that could overlap share a local date's lock and take turns; other days do not wait
        locks.lock(Stream.of(seat.start(), seat.blocksUntil().minusNanos(1))
                .map(instant -> "booking:" + seat.locationId() + ":" + seat.typeId() + ":"
                        + instant.atZone(seat.zone()).toLocalDate())
                .toList());
        // read after the locks: a booking that waited sees what the one before it committed
        return evaluate(seat, exceptAppointment, exceptHold);
    }

    /**
     * Refuses at once a start whose every seat is taken in what is committed now, before the caller does the rest of
     * a booking's work and queues for the locks: in a rush on a few slots, most callers are refused without waiting
     * for the ones before them. It never refuses a free seat; whether the seat is still free once the locks are
     * taken is {@link #claim}'s to say.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseIfFull(String locationId, String typeId, Instant start) {
        var verdict = evaluate(seat(locationId, typeId, start), null, null);
        if (verdict.refusal().isEmpty() && verdict.remaining() == 0) {
            throw new SlotUnavailableException();
        }
    }

    /** A seat was given back (a cancelled appointment, a released hold): the location's lists after the commit. */
    public void seatFreed(String locationId) {
        cache.forgetAfterCommit(locationId);
    }

    private Seat seat(String locationId, String typeId, Instant start) {
        var zone = schedules.zoneOf(locationId);
        var schedule = schedules.scheduleForBooking(locationId, typeId);
        var end = start.plus(Duration.ofMinutes(schedule.slotMinutes));
        return new Seat(
                locationId,
                typeId,
                start,
                end,
                end.plus(Duration.ofMinutes(schedule.bufferMinutes)),
                zone,
                SlotRules.of(schedule, zone));
    }

    private record Seat(
            String locationId,
            String typeId,
            Instant start,
            Instant end,
            Instant blocksUntil,
            ZoneId zone,
            SlotRules rules) {}

    /** The rules' verdict on the seat against the closures and the time taken now, less the given ones' own. */
    private SlotRules.Verdict evaluate(Seat seat, UUID exceptAppointment, UUID exceptHold) {
        var now = clock.instant();
        var localStart = seat.start().atZone(seat.zone()).toLocalDateTime();
        var closed =
                schedules.closedBetween(seat.locationId(), localStart.minusDays(1), localStart.plusDays(2)).stream()
                        .map(SlotRules.Closed::of)
                        .toList();
        var except = Stream.of(exceptAppointment, exceptHold)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var taken =
                takenTimes.overlapping(seat.locationId(), seat.typeId(), seat.start(), seat.blocksUntil(), now, except);
        return seat.rules().evaluate(seat.start(), now, closed, taken);
    }
}
