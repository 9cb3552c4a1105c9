package clinic.consult.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A series plan's rules on the dates of a series. The search builds only series these rules accept, and a booking
 * asks them again, so a series the search lists is never refused for a plan rule.
 *
 * @param minSpanDays the fewest calendar days from the first infusion to the last, both counted
 * @param maxSpanDays the most, both counted
 * @param minDaysApart the fewest days from one infusion's date to the next (1: consecutive days)
 * @param weekdays the days infusions may fall on; empty for any
 * @param afterSeries a booster: only for a lead whose series is completed
 */
public record PlanRules(
        String planId,
        String typeId,
        int infusions,
        int minSpanDays,
        int maxSpanDays,
        int minDaysApart,
        Set<DayOfWeek> weekdays,
        boolean afterSeries) {

    /**
     * The same rules without the span's limits, shortest and longest: staff may keep a series outside its window when
     * a physician orders it, with a reason. The spacing stays (never two infusions a day).
     */
    public PlanRules withoutSpanLimits() {
        // a span no booking horizon reaches
        return new PlanRules(planId, typeId, infusions, 1, 3660, minDaysApart, weekdays, afterSeries);
    }

    /** The same rules for a series of another length: a series booked before its plan changed keeps its own. */
    public PlanRules withInfusions(int count) {
        return new PlanRules(planId, typeId, count, minSpanDays, maxSpanDays, minDaysApart, weekdays, afterSeries);
    }

    public boolean allowsWeekday(DayOfWeek day) {
        return weekdays.isEmpty() || weekdays.contains(day);
    }

    /** The last date a series starting on {@code first} may end on. */
    public LocalDate lastDate(LocalDate first) {
        return first.plusDays(maxSpanDays - 1L);
    }

    /** The earliest date a series starting on {@code first} may end on. */
    public LocalDate earliestEnd(LocalDate first) {
        return first.plusDays(minSpanDays - 1L);
    }

    /** Why these dates, in order, do not make a series of this plan; empty if they do. */
    public Optional<String> refusal(List<LocalDate> dates) {
        if (dates.size() != infusions) {
            return Optional.of("the plan has %d infusions, not %d".formatted(infusions, dates.size()));
        }
        for (int i = 1; i < dates.size(); i++) {
            var apart = ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i));
            if (apart < minDaysApart) {
                return Optional.of("infusions %d and %d are %d days apart; the plan needs at least %d"
                        .formatted(i, i + 1, apart, minDaysApart));
            }
        }
        for (int i = 0; i < dates.size(); i++) {
            if (!allowsWeekday(dates.get(i).getDayOfWeek())) {
                return Optional.of("infusion %d falls on a %s, which the plan leaves out"
                        .formatted(i + 1, dates.get(i).getDayOfWeek()));
            }
        }
        var first = dates.get(0);
        var last = dates.get(dates.size() - 1);
        if (last.isAfter(lastDate(first))) {
            return Optional.of("the series spans %d days; the plan allows at most %d (staff may override with a reason)"
                    .formatted(ChronoUnit.DAYS.between(first, last) + 1, maxSpanDays));
        }
        if (last.isBefore(earliestEnd(first))) {
            return Optional.of("the series spans %d days; the plan needs at least %d (staff may override with a reason)"
                    .formatted(ChronoUnit.DAYS.between(first, last) + 1, minSpanDays));
        }
        return Optional.empty();
    }
}
