package clinic.consult.slot;

import java.time.LocalDate;
import java.util.List;

/**
 * The series a search found, best first, and the days that could hold no infusion with why. When no series fits,
 * {@code explanation} says so in a sentence built from those days.
 */
public record SeriesOptions(
        String locationId,
        String planId,
        String timeZone,
        List<SeriesOption> series,
        List<UnavailableDay> unavailableDays,
        String explanation) {

    /** One feasible series: its infusions' slots, in order. */
    public record SeriesOption(
            LocalDate firstDate, LocalDate lastDate, int offPreference, int distinctTimes, List<SlotView> infusions) {}

    /** A date no infusion could be booked on, in the location's calendar. */
    public record UnavailableDay(LocalDate date, Reason reason) {}

    public enum Reason {
        /** The schedule has no hours that weekday. */
        NO_HOURS,
        /** The series plan leaves that weekday out. */
        NOT_IN_PLAN,
        CLOSED,
        /** Every chair is booked or held at every time. */
        FULL,
        TOO_SOON,
        PAST,
        BEYOND_HORIZON,
        /** Chairs are free, but none at the preferred times (a strict preference). */
        NOT_PREFERRED
    }
}
