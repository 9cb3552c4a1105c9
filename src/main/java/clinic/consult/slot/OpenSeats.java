package clinic.consult.slot;

import clinic.consult.schedule.ScheduleService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The free seats of a location and type over some local dates, read now from the database rather than from a slot
 * list's cache: the waitlist offers what has just been freed, on whichever instance freed it. The rules are
 * {@link SlotRules}', as of a given moment, so that a seat offered until then is still bookable when the offer ends.
 */
@ApplicationScoped
public class OpenSeats {

    private final ScheduleService schedules;
    private final TakenTimes takenTimes;
    private final Clock clock;

    OpenSeats(ScheduleService schedules, TakenTimes takenTimes, Clock clock) {
        this.schedules = schedules;
        this.takenTimes = takenTimes;
        this.clock = clock;
    }

    /** A start with seats free, and how many. */
    public record Free(Instant start, Instant end, int seats) {}

    /**
     * The free seats on local dates [from, to], earliest first, as bookable at {@code bookableAt} (minimum notice
     * and horizon counted from then) with what is taken now.
     */
    public List<Free> free(String locationId, String typeId, LocalDate from, LocalDate to, Instant bookableAt) {
        var zone = schedules.zoneOf(locationId);
        var rules = SlotRules.of(schedules.scheduleOf(locationId, typeId), zone);
        var closed = schedules
                .closedBetween(locationId, from.atStartOfDay(), to.plusDays(1).atStartOfDay())
                .stream()
                .map(SlotRules.Closed::of)
                .toList();
        var taken = takenTimes.overlapping(
                locationId,
                typeId,
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(),
                clock.instant(),
                Set.of());
        var free = new ArrayList<Free>();
        for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (var verdict : rules.day(date, bookableAt, closed, taken)) {
                if (verdict.isListed()) {
                    free.add(new Free(verdict.start(), verdict.end(), verdict.remaining()));
                }
            }
        }
        return free;
    }
}
