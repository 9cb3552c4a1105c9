package clinic.consult.schedule;

import java.time.DayOfWeek;
import java.util.List;

public record SeriesPlanView(
        String id,
        String name,
        String type,
        int infusions,
        int minSpanDays,
        int maxSpanDays,
        int minDaysApart,
        List<DayOfWeek> weekdays,
        boolean afterSeries) {

    static SeriesPlanView of(SeriesPlan plan) {
        return new SeriesPlanView(
                plan.id,
                plan.name,
                plan.appointmentTypeId,
                plan.infusions,
                plan.minSpanDays,
                plan.maxSpanDays,
                plan.minDaysApart,
                plan.weekdays.stream().sorted().toList(),
                plan.afterSeries);
    }
}
