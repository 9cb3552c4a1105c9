package clinic.consult.slot;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/**
 * When a person would rather come, in the location's wall-clock time: starts from {@code after}, ending by
 * {@code before}, on {@code days}. Unset parts prefer nothing. Strict preferences leave out every other time;
 * otherwise other times are offered when the preferred ones are taken, and rank lower.
 */
public record TimePreference(LocalTime after, LocalTime before, Set<DayOfWeek> days, boolean strict) {

    public static final TimePreference ANY = new TimePreference(null, null, Set.of(), false);

    /** Whether a slot from {@code start} to {@code end}, local, is one the person prefers. */
    public boolean prefers(LocalDateTime start, LocalDateTime end) {
        if (!days.isEmpty() && !days.contains(start.getDayOfWeek())) {
            return false;
        }
        if (after != null && start.toLocalTime().isBefore(after)) {
            return false;
        }
        if (before == null) {
            return true;
        }
        // a slot that runs past midnight does not end by any time of its own day
        return end.toLocalDate().equals(start.toLocalDate())
                && !end.toLocalTime().isAfter(before);
    }
}
