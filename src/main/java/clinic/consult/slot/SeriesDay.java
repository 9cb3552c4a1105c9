package clinic.consult.slot;

import clinic.consult.schedule.PlanRules;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One local date of a series search: the slots an infusion may take that day (the preferred ones when there are
 * some) and what an infusion there costs the ranking, or why no infusion fits.
 *
 * @param offPreference 1 when the day's slots are all off the person's preferred times, else 0
 */
record SeriesDay(
        LocalDate date, List<SlotRules.Verdict> slots, int offPreference, Optional<SeriesOptions.Reason> unavailable) {

    boolean usable() {
        return unavailable.isEmpty();
    }

    /** The day as the rules and the counts see it. */
    static SeriesDay of(
            LocalDate date, List<SlotRules.Verdict> verdicts, PlanRules plan, TimePreference preference, ZoneId zone) {
        if (!plan.allowsWeekday(date.getDayOfWeek())) {
            return unavailable(date, SeriesOptions.Reason.NOT_IN_PLAN);
        }
        if (verdicts.isEmpty()) {
            return unavailable(date, SeriesOptions.Reason.NO_HOURS);
        }
        var listed = verdicts.stream().filter(SlotRules.Verdict::isListed).toList();
        if (listed.isEmpty()) {
            return unavailable(date, whyNone(verdicts));
        }
        var preferred = listed.stream()
                .filter(v -> preference.prefers(
                        v.start().atZone(zone).toLocalDateTime(),
                        v.end().atZone(zone).toLocalDateTime()))
                .toList();
        if (!preferred.isEmpty()) {
            return new SeriesDay(date, preferred, 0, Optional.empty());
        }
        if (preference.strict()) {
            return unavailable(date, SeriesOptions.Reason.NOT_PREFERRED);
        }
        return new SeriesDay(date, listed, 1, Optional.empty());
    }

    /** A full day is one with a slot the rules allow but no chair; otherwise the first slot's refusal says why. */
    private static SeriesOptions.Reason whyNone(List<SlotRules.Verdict> verdicts) {
        if (verdicts.stream().anyMatch(v -> v.refusal().isEmpty())) {
            return SeriesOptions.Reason.FULL;
        }
        var refusals = verdicts.stream().map(v -> v.refusal().orElseThrow()).toList();
        if (refusals.contains(SlotRules.Refusal.CLOSED)) {
            return SeriesOptions.Reason.CLOSED;
        }
        return switch (refusals.get(refusals.size() - 1)) {
            case PAST -> SeriesOptions.Reason.PAST;
            case TOO_SOON -> SeriesOptions.Reason.TOO_SOON;
            case BEYOND_HORIZON -> SeriesOptions.Reason.BEYOND_HORIZON;
            default -> SeriesOptions.Reason.NO_HOURS;
        };
    }

    private static SeriesDay unavailable(LocalDate date, SeriesOptions.Reason reason) {
        return new SeriesDay(date, List.of(), 0, Optional.of(reason));
    }
}
