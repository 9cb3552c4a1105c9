package clinic.consult.series;

import clinic.consult.security.Staff;
import clinic.consult.slot.SeriesOptions;
import clinic.consult.slot.SeriesQuery;
import clinic.consult.slot.SeriesSearch;
import clinic.consult.slot.TimePreference;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.util.EnumSet;

/** Staff's series search ({@code find}): the request's scope checked, then the slot feature's search. */
@ApplicationScoped
class SeriesFinder {

    static final int DEFAULT_LIMIT = 5;

    private final SeriesScope scope;
    private final SeriesSearch search;

    SeriesFinder(SeriesScope scope, SeriesSearch search) {
        this.scope = scope;
        this.search = search;
    }

    SeriesOptions find(SeriesSearchRequest request, Staff staff) {
        var where = scope.check(request.locationId(), request.planId(), staff);
        return search.find(new SeriesQuery(
                request.locationId(),
                where.plan(),
                request.firstFrom(),
                request.firstTo(),
                preference(request.preference()),
                request.limit() == null ? DEFAULT_LIMIT : request.limit()));
    }

    private static TimePreference preference(SeriesSearchRequest.Preference preference) {
        if (preference == null) {
            return TimePreference.ANY;
        }
        var days = preference.days() == null || preference.days().isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class)
                : EnumSet.copyOf(preference.days());
        return new TimePreference(
                preference.after(), preference.before(), days, Boolean.TRUE.equals(preference.strict()));
    }
}
