package clinic.consult.slot;

import clinic.consult.location.LocationService;
import clinic.consult.location.LocationView;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.Problem;
import clinic.consult.schedule.ScheduleService;
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
    private final LocationService locations;
    private final SlotCache cache;
    private final Clock clock;

    SlotService(ScheduleService schedules, LocationService locations, SlotCache cache, Clock clock) {
        this.schedules = schedules;
        this.locations = locations;
        this.cache = cache;
        this.clock = clock;
    }

    /** One location's slots over local dates [from, to]; the next 14 days by default, at most 31. */
    public LocationSlots slots(String locationId, String typeId, Optional<LocalDate> from, Optional<LocalDate> to) {
        var zone = schedules.zoneOf(locationId);
        checkType(typeId);
        var range = DateRange.of(from, to, zone, clock.instant());
        return new LocationSlots(locationId, typeId, zone.getId(), days(locationId, typeId, range));
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
            var days = days(location.id(), typeId, range);
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
            var days = days(locationId, typeId, new DateRange(today, today.plusDays(MAX_DAYS - 1)));
            soonest.put(locationId, Optional.ofNullable(first(locationId, days)).map(first -> first.start()
                    .toInstant()));
        }
        return soonest;
    }

    private List<DaySlots> days(String locationId, String typeId, DateRange range) {
        return cache.days(new SlotCache.Key(locationId, typeId, range));
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
        if (!schedules.isConsultation(typeId)) {
            // the public lists consultations; a treatment's chairs are staff's to fill, as a series
            throw new InvalidFieldsException("type", "is a treatment: staff find its times with /api/v1/series/find");
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
