package clinic.consult.slot;

import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.Problem;
import clinic.consult.schedule.ScheduleService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds treatment series for staff: for each first date, the best series of the plan at the location, ranked (fewest
 * infusions off the preferred times, then the earliest last day, then the fewest distinct times of day). Every slot
 * comes from {@link SlotRules} over what is taken now, as bookings are decided, and every series from the plan's own
 * rules, so nothing listed is refused for a rule; a series can still meet a chair taken since.
 */
@ApplicationScoped
public class SeriesSearch {

    private final ScheduleService schedules;
    private final TakenTimes takenTimes;
    private final Clock clock;

    SeriesSearch(ScheduleService schedules, TakenTimes takenTimes, Clock clock) {
        this.schedules = schedules;
        this.takenTimes = takenTimes;
        this.clock = clock;
    }

    public SeriesOptions find(SeriesQuery query) {
        check(query);
        var plan = query.plan();
        var zone = schedules.zoneOf(query.locationId());
        var rules = SlotRules.of(schedules.scheduleOf(query.locationId(), plan.typeId()), zone);
        var now = clock.instant();
        var lastDate = plan.lastDate(query.firstTo());
        var closed = schedules
                .closedBetween(
                        query.locationId(),
                        query.firstFrom().atStartOfDay(),
                        lastDate.plusDays(1).atStartOfDay())
                .stream()
                .map(SlotRules.Closed::of)
                .toList();
        var taken = takenTimes.overlapping(
                query.locationId(),
                plan.typeId(),
                query.firstFrom().atStartOfDay(zone).toInstant(),
                lastDate.plusDays(1).atStartOfDay(zone).toInstant(),
                now,
                Set.of());
        var days = new ArrayList<SeriesDay>();
        for (var date = query.firstFrom(); !date.isAfter(lastDate); date = date.plusDays(1)) {
            days.add(SeriesDay.of(date, rules.day(date, now, closed, taken), plan, query.preference(), zone));
        }
        int firstDays = (int) ChronoUnit.DAYS.between(query.firstFrom(), query.firstTo()) + 1;
        var series = new ArrayList<SeriesOptions.SeriesOption>();
        for (int first = 0; first < firstDays; first++) {
            SeriesPicker.bestFrom(days, first, plan, zone).ifPresent(series::add);
        }
        series.sort(Comparator.comparingInt(SeriesOptions.SeriesOption::offPreference)
                .thenComparing(SeriesOptions.SeriesOption::lastDate)
                .thenComparingInt(SeriesOptions.SeriesOption::distinctTimes)
                .thenComparing(SeriesOptions.SeriesOption::firstDate));
        var unavailable = days.stream()
                .filter(day -> !day.usable())
                .map(day -> new SeriesOptions.UnavailableDay(
                        day.date(), day.unavailable().orElseThrow()))
                .toList();
        return new SeriesOptions(
                query.locationId(),
                plan.planId(),
                zone.getId(),
                series.subList(0, Math.min(query.limit(), series.size())),
                unavailable,
                series.isEmpty() ? explain(query, unavailable) : null);
    }

    private static void check(SeriesQuery query) {
        var errors = new ArrayList<Problem.FieldError>();
        if (query.firstTo().isBefore(query.firstFrom())) {
            errors.add(new Problem.FieldError("firstTo", "must not be before firstFrom"));
        } else if (ChronoUnit.DAYS.between(query.firstFrom(), query.firstTo()) >= SeriesQuery.MAX_FIRST_DAYS) {
            errors.add(new Problem.FieldError(
                    "firstTo", "must be within " + SeriesQuery.MAX_FIRST_DAYS + " days of firstFrom, both included"));
        }
        if (query.limit() < 1 || query.limit() > SeriesQuery.MAX_LIMIT) {
            errors.add(new Problem.FieldError("limit", "must be between 1 and " + SeriesQuery.MAX_LIMIT));
        }
        var pref = query.preference();
        if (pref.after() != null && pref.before() != null && !pref.before().isAfter(pref.after())) {
            errors.add(new Problem.FieldError("preference.before", "must be after preference.after"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    /** "No series of 5 infusions over 10-14 days starts from ... to ...: the chairs are full on ...; ...". */
    private static String explain(SeriesQuery query, List<SeriesOptions.UnavailableDay> unavailable) {
        var plan = query.plan();
        var byReason = new EnumMap<SeriesOptions.Reason, TreeSet<LocalDate>>(SeriesOptions.Reason.class);
        unavailable.forEach(day ->
                byReason.computeIfAbsent(day.reason(), r -> new TreeSet<>()).add(day.date()));
        var why = byReason.entrySet().stream()
                .map(entry -> phrase(entry.getKey()) + " on "
                        + entry.getValue().stream().map(LocalDate::toString).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return "No series of %d infusions over %d-%d days, at least %d day(s) apart, starts from %s to %s%s"
                .formatted(
                        plan.infusions(),
                        plan.minSpanDays(),
                        plan.maxSpanDays(),
                        plan.minDaysApart(),
                        query.firstFrom(),
                        query.firstTo(),
                        why.isEmpty() ? ": too few days fit the plan's spacing" : ": " + why);
    }

    private static String phrase(SeriesOptions.Reason reason) {
        return switch (reason) {
            case NO_HOURS -> "no infusion hours";
            case NOT_IN_PLAN -> "the plan leaves the weekday out";
            case CLOSED -> "the location is closed";
            case FULL -> "the chairs are full";
            case TOO_SOON -> "inside the minimum notice";
            case PAST -> "in the past";
            case BEYOND_HORIZON -> "beyond the booking horizon";
            case NOT_PREFERRED -> "nothing free at the preferred times";
        };
    }
}
