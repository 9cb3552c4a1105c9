package clinic.consult.slot;

import clinic.consult.db.AdvisoryLocks;
import clinic.consult.location.LocationService;
import clinic.consult.location.LocationView;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.NotFoundException;
import clinic.consult.problem.Problem;
import clinic.consult.schedule.ClosureRepository;
import clinic.consult.schedule.ScheduleRepository;
import clinic.consult.schedule.ScheduleService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Bookable slots, per location and across locations. Every answer comes from {@link SlotRules}, the same rules
 * booking applies, over the schedule, closures and taken time as they are in the database at the time of the request.
 */
@ApplicationScoped
public class AvailabilityService {

    static final int DEFAULT_DAYS = 14;
    static final int MAX_DAYS = 31;

    private final ScheduleRepository schedules;
    private final ClosureRepository closures;
    private final Instance<TakenTime> takenTime;
    private final AdvisoryLocks locks;
    private final ScheduleService scheduleService;
    private final LocationService locations;
    private final SlotCache cache;
    private final Clock clock;
    private final ObjectMapper json;

    AvailabilityService(
            ScheduleRepository schedules,
            ClosureRepository closures,
            @Any Instance<TakenTime> takenTime,
            AdvisoryLocks locks,
            ScheduleService scheduleService,
            LocationService locations,
            SlotCache cache,
            Clock clock,
            ObjectMapper json) {
        this.schedules = schedules;
        this.closures = closures;
        this.takenTime = takenTime;
        this.locks = locks;
        this.scheduleService = scheduleService;
        this.locations = locations;
        this.cache = cache;
        this.clock = clock;
        this.json = json;
    }

    /** One location's slots over local dates [from, to]; the next 14 days by default, at most 31. */
    public LocationSlots slots(String locationId, String typeId, Optional<LocalDate> from, Optional<LocalDate> to) {
        var zone = scheduleService.zoneOf(locationId);
        checkType(typeId);
        var range = DateRange.of(from, to, zone, clock.instant());
        return new LocationSlots(locationId, typeId, zone.getId(), days(locationId, typeId, zone, range));
    }

    /** Slots of several locations (all by default) and the soonest of them all. */
    public SlotsAnywhere slotsAnywhere(
            String typeId, Optional<LocalDate> from, Optional<LocalDate> to, List<String> locationIds) {
        checkType(typeId);
        var known = locations.listRecent();
        var unknown = locationIds.stream()
                .filter(id -> known.stream().noneMatch(l -> l.id().equals(id)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidFieldsException(List.of(locations.notALocation("locationId")));
        }
        var chosen = known.stream()
                .filter(l -> locationIds.isEmpty() || locationIds.contains(l.id()))
                .sorted(Comparator.comparing(LocationView::id))
                .toList();
        // the range is read in the first location's zone; the clinic's locations share one
        var zone = chosen.isEmpty()
                ? ZoneId.of("America/Los_Angeles")
                : ZoneId.of(chosen.get(0).timeZone());
        var range = DateRange.of(from, to, zone, clock.instant());
        var results = new ArrayList<LocationAvailability>();
        for (var location : chosen) {
            var locationZone = ZoneId.of(location.timeZone());
            var days = days(location.id(), typeId, locationZone, range);
            results.add(
                    new LocationAvailability(location.id(), locationZone.getId(), first(location.id(), days), days));
        }
        var soonest = results.stream()
                .map(LocationAvailability::firstAvailable)
                .filter(Objects::nonNull)
                .min(Comparator.comparing((FirstAvailable f) -> f.start().toInstant())
                        .thenComparing(FirstAvailable::locationId))
                .orElse(null);
        return new SlotsAnywhere(typeId, range.from(), range.to(), soonest, results);
    }

    /** Each location's soonest open slot start within the next 31 days (its own today onwards), if any. */
    public Map<String, Optional<Instant>> soonest(String typeId, List<String> locationIds) {
        var soonest = new HashMap<String, Optional<Instant>>();
        for (var locationId : locationIds) {
            var zone = scheduleService.zoneOf(locationId);
            var today = clock.instant().atZone(zone).toLocalDate();
            var days = days(locationId, typeId, zone, new DateRange(today, today.plusDays(MAX_DAYS - 1)));
            soonest.put(locationId, Optional.ofNullable(first(locationId, days)).map(first -> first.start()
                    .toInstant()));
        }
        return soonest;
    }

    /**
     * Takes a seat at {@code start} for the caller's transaction, or says why not: takes the (location, type)'s
     * booking locks of the days the time touches, then evaluates the start with the same rules that list slots,
     * against what is taken now. The locks are held until the caller commits the appointment or hold it stores, so
     * the seat it saw free stays free.
     *
     * @param exceptAppointment an appointment whose own time does not count (the one being moved), or null
     * @param exceptHold a hold whose seat the caller takes over, or null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claim(String locationId, String typeId, Instant start, UUID exceptAppointment, UUID exceptHold) {
        var seat = seat(locationId, typeId, start);
        // the booking lock of every local date the time touches: two times that could overlap share one and take
        // turns; bookings of other days do not wait
        locks.lock(Stream.of(start, seat.blocksUntil().minusNanos(1))
                .map(instant -> "booking:" + locationId + ":" + typeId + ":"
                        + instant.atZone(seat.zone()).toLocalDate())
                .toList());
        // the time is read after the locks: a booking that waited sees what the one before it committed
        var verdict = evaluate(seat, exceptAppointment, exceptHold);
        if (verdict.refusal().isPresent()) {
            throw new SlotNotBookableException(verdict.refusal().get());
        }
        if (verdict.remaining() == 0) {
            throw new SlotUnavailableException();
        }
        cache.forgetAfterCommit(locationId);
        return new Claim(start, seat.end(), seat.blocksUntil(), seat.zone());
    }

    /**
     * Refuses at once a start whose every seat is taken in what is committed now, before the caller does the rest of
     * a booking's work and queues for the booking locks: in a rush on a few slots, most callers are refused without
     * waiting for the ones before them. It never refuses a free seat: a seat it sees taken was taken when it looked
     * (as if the request had come a moment later). Everything else, including whether the seat is still free once
     * the locks are taken, is {@link #claim}'s to say.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseIfFull(String locationId, String typeId, Instant start) {
        var verdict = evaluate(seat(locationId, typeId, start), null, null);
        if (verdict.refusal().isEmpty() && verdict.remaining() == 0) {
            throw new SlotUnavailableException();
        }
    }

    /**
     * A start under its schedule, share-locked until the transaction ends (a change of capacity waits for the
     * booking, which therefore counts against the capacity it read).
     */
    private Seat seat(String locationId, String typeId, Instant start) {
        var zone = scheduleService.zoneOf(locationId);
        var schedule = schedules
                .readForBooking(locationId, typeId)
                .orElseThrow(() -> new NotFoundException("Schedule", locationId + "/" + typeId));
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
        var closed = closures.overlapping(seat.locationId(), localStart.minusDays(1), localStart.plusDays(2)).stream()
                .map(SlotRules.Closed::of)
                .toList();
        var except = Stream.of(exceptAppointment, exceptHold)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var taken = taken(seat.locationId(), seat.typeId(), seat.start(), seat.blocksUntil(), now, except);
        return seat.rules().evaluate(seat.start(), now, closed, taken);
    }

    /** A seat was given back (a cancelled appointment): slot lists of the location are recomputed after commit. */
    public void seatFreed(String locationId) {
        cache.forgetAfterCommit(locationId);
    }

    /** A seat taken for the current transaction. */
    public record Claim(Instant start, Instant end, Instant blocksUntil, ZoneId zone) {}

    private List<DaySlots> days(String locationId, String typeId, ZoneId zone, DateRange range) {
        return cache.days(
                new SlotCache.Key(locationId, typeId, range),
                () -> written(computeDays(locationId, typeId, zone, range)));
    }

    private WrittenDays written(List<DaySlots> days) {
        try {
            return new WrittenDays(days, json.writeValueAsString(days));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<DaySlots> computeDays(String locationId, String typeId, ZoneId zone, DateRange range) {
        var schedule = schedules
                .find(locationId, typeId)
                .orElseThrow(() -> new NotFoundException("Schedule", locationId + "/" + typeId));
        var rules = SlotRules.of(schedule, zone);
        var now = clock.instant();
        var windowStart = range.from().atStartOfDay(zone).toInstant();
        var windowEnd = range.to().plusDays(1).atStartOfDay(zone).toInstant();
        var closed =
                closures
                        .overlapping(
                                locationId,
                                range.from().atStartOfDay(),
                                range.to().plusDays(1).atStartOfDay())
                        .stream()
                        .map(SlotRules.Closed::of)
                        .toList();
        var taken = taken(locationId, typeId, windowStart, windowEnd, now, Set.of());
        var days = new ArrayList<DaySlots>();
        for (var date = range.from(); !date.isAfter(range.to()); date = date.plusDays(1)) {
            var slots = rules.day(date, now, closed, taken).stream()
                    .filter(SlotRules.Verdict::isListed)
                    .map(v -> view(v, zone))
                    .toList();
            days.add(new DaySlots(date, slots));
        }
        return days;
    }

    /** What every feature that takes time has taken in [from, to): appointments and holds. */
    private List<SlotRules.Taken> taken(
            String locationId, String typeId, Instant from, Instant to, Instant now, Set<UUID> except) {
        var taken = new ArrayList<SlotRules.Taken>();
        for (var owner : takenTime) {
            taken.addAll(owner.overlapping(locationId, typeId, from, to, now, except));
        }
        return taken;
    }

    private static FirstAvailable first(String locationId, List<DaySlots> days) {
        return days.stream()
                .flatMap(day -> day.slots().stream())
                .findFirst()
                .map(slot -> new FirstAvailable(
                        locationId, OffsetDateTime.parse(slot.start()), OffsetDateTime.parse(slot.end())))
                .orElse(null);
    }

    static SlotView view(SlotRules.Verdict verdict, ZoneId zone) {
        return SlotView.of(
                verdict.start().atZone(zone).toOffsetDateTime(),
                verdict.end().atZone(zone).toOffsetDateTime(),
                verdict.remaining());
    }

    private void checkType(String typeId) {
        if (typeId == null || typeId.isBlank()) {
            throw new InvalidFieldsException("type", "is required");
        }
        if (!scheduleService.typeExists(typeId)) {
            throw new InvalidFieldsException(List.of(scheduleService.notAType("type")));
        }
    }

    /** Local dates [from, to], both included. */
    record DateRange(LocalDate from, LocalDate to) {

        static DateRange of(Optional<LocalDate> from, Optional<LocalDate> to, ZoneId zone, Instant now) {
            var start = from.orElse(now.atZone(zone).toLocalDate());
            var end = to.orElse(start.plusDays(DEFAULT_DAYS - 1));
            var errors = new ArrayList<Problem.FieldError>();
            if (end.isBefore(start)) {
                errors.add(new Problem.FieldError("to", "must not be before from"));
            } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
                errors.add(new Problem.FieldError("to", "the range may cover at most " + MAX_DAYS + " days"));
            }
            if (!errors.isEmpty()) {
                throw new InvalidFieldsException(errors);
            }
            return new DateRange(start, end);
        }
    }
}
