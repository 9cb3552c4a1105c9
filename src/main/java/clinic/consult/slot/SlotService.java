package clinic.consult.slot;

import clinic.consult.location.LocationService;
import clinic.consult.location.LocationView;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.Problem;
import clinic.consult.schedule.ScheduleService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
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

/**
 * Bookable slots: per location, across locations, and each location's soonest (for routing). Every answer comes from
 * {@link SlotRules}, the same rules {@link SeatClaims} books by, over the schedule, closures and taken time, through
 * the slot cache.
 */
@ApplicationScoped
public class SlotService {

    static final int DEFAULT_DAYS = 14;
    static final int MAX_DAYS = 31;

    private final ScheduleService schedules;
    private final TakenTimes takenTimes;
    private final LocationService locations;
    private final SlotCache cache;
    private final Clock clock;
    private final ObjectMapper json;

    SlotService(
            ScheduleService schedules,
            TakenTimes takenTimes,
            LocationService locations,
            SlotCache cache,
            Clock clock,
            ObjectMapper json) {
        this.schedules = schedules;
        this.takenTimes = takenTimes;
        this.locations = locations;
        this.cache = cache;
        this.clock = clock;
        this.json = json;
    }

    /** One location's slots over local dates [from, to]; the next 14 days by default, at most 31. */
    public LocationSlots slots(String locationId, String typeId, Optional<LocalDate> from, Optional<LocalDate> to) {
        var zone = schedules.zoneOf(locationId);
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
            var zone = schedules.zoneOf(locationId);
            var today = clock.instant().atZone(zone).toLocalDate();
            var days = days(locationId, typeId, zone, new DateRange(today, today.plusDays(MAX_DAYS - 1)));
            soonest.put(locationId, Optional.ofNullable(first(locationId, days)).map(first -> first.start()
                    .toInstant()));
        }
        return soonest;
    }

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
        var schedule = schedules.scheduleOf(locationId, typeId);
        var rules = SlotRules.of(schedule, zone);
        var now = clock.instant();
        var windowStart = range.from().atStartOfDay(zone).toInstant();
        var windowEnd = range.to().plusDays(1).atStartOfDay(zone).toInstant();
        var closed =
                schedules
                        .closedBetween(
                                locationId,
                                range.from().atStartOfDay(),
                                range.to().plusDays(1).atStartOfDay())
                        .stream()
                        .map(SlotRules.Closed::of)
                        .toList();
        var taken = takenTimes.overlapping(locationId, typeId, windowStart, windowEnd, now, Set.of());
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
        if (!schedules.typeExists(typeId)) {
            throw new InvalidFieldsException(List.of(schedules.notAType("type")));
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
