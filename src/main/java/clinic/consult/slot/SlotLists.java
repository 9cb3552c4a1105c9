package clinic.consult.slot;

import clinic.consult.schedule.ScheduleService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Computes a location's slot lists for {@link SlotCache}: the schedule's rules over its closures and taken time. */
@ApplicationScoped
class SlotLists {

    private final ScheduleService schedules;
    private final TakenTimes takenTimes;
    private final Clock clock;
    private final ObjectMapper json;

    SlotLists(ScheduleService schedules, TakenTimes takenTimes, Clock clock, ObjectMapper json) {
        this.schedules = schedules;
        this.takenTimes = takenTimes;
        this.clock = clock;
        this.json = json;
    }

    /** A key's days, computed now from the database, with their JSON. */
    List<DaySlots> compute(SlotCache.Key key) {
        var locationId = key.locationId();
        var typeId = key.typeId();
        var range = key.range();
        var zone = schedules.zoneOf(locationId);
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
                    .map(v -> SlotService.view(v, zone))
                    .toList();
            days.add(new DaySlots(date, slots));
        }
        return written(days);
    }

    private WrittenDays written(List<DaySlots> days) {
        try {
            return new WrittenDays(days, json.writeValueAsString(days));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
