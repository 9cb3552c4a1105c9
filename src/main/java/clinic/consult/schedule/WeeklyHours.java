package clinic.consult.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Opening hours per weekday; a day left out or empty is closed. */
public record WeeklyHours(
        @JsonProperty("MONDAY") List<@Valid TimeRange> monday,
        @JsonProperty("TUESDAY") List<@Valid TimeRange> tuesday,
        @JsonProperty("WEDNESDAY") List<@Valid TimeRange> wednesday,
        @JsonProperty("THURSDAY") List<@Valid TimeRange> thursday,
        @JsonProperty("FRIDAY") List<@Valid TimeRange> friday,
        @JsonProperty("SATURDAY") List<@Valid TimeRange> saturday,
        @JsonProperty("SUNDAY") List<@Valid TimeRange> sunday) {

    public Map<DayOfWeek, List<TimeRange>> byDay() {
        var week = new EnumMap<DayOfWeek, List<TimeRange>>(DayOfWeek.class);
        put(week, DayOfWeek.MONDAY, monday);
        put(week, DayOfWeek.TUESDAY, tuesday);
        put(week, DayOfWeek.WEDNESDAY, wednesday);
        put(week, DayOfWeek.THURSDAY, thursday);
        put(week, DayOfWeek.FRIDAY, friday);
        put(week, DayOfWeek.SATURDAY, saturday);
        put(week, DayOfWeek.SUNDAY, sunday);
        return week;
    }

    static WeeklyHours of(Map<DayOfWeek, List<OpeningHours>> hours) {
        var days = new EnumMap<DayOfWeek, List<TimeRange>>(DayOfWeek.class);
        hours.forEach((day, intervals) -> days.put(
                day, intervals.stream().map(h -> new TimeRange(h.start, h.end)).toList()));
        return new WeeklyHours(
                days.getOrDefault(DayOfWeek.MONDAY, List.of()),
                days.getOrDefault(DayOfWeek.TUESDAY, List.of()),
                days.getOrDefault(DayOfWeek.WEDNESDAY, List.of()),
                days.getOrDefault(DayOfWeek.THURSDAY, List.of()),
                days.getOrDefault(DayOfWeek.FRIDAY, List.of()),
                days.getOrDefault(DayOfWeek.SATURDAY, List.of()),
                days.getOrDefault(DayOfWeek.SUNDAY, List.of()));
    }

    private static void put(Map<DayOfWeek, List<TimeRange>> week, DayOfWeek day, List<TimeRange> intervals) {
        if (intervals != null && !intervals.isEmpty()) {
            week.put(day, new ArrayList<>(intervals));
        }
    }
}
