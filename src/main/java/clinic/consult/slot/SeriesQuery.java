package clinic.consult.slot;

import clinic.consult.schedule.PlanRules;
import java.time.LocalDate;

/** A search for series of a plan at a location, each starting on a local date in [firstFrom, firstTo]. */
public record SeriesQuery(
        String locationId,
        PlanRules plan,
        LocalDate firstFrom,
        LocalDate firstTo,
        TimePreference preference,
        int limit) {

    public static final int MAX_FIRST_DAYS = 31;
    public static final int MAX_LIMIT = 20;
}
