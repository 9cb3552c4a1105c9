package clinic.consult.series;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Staff looking for a series: where, which plan, the first days to try, and the person's preferred times. */
public record SeriesSearchRequest(
        @NotBlank @Size(max = 64) String locationId,
        @NotBlank @Size(max = 64) String planId,
        @NotNull LocalDate firstFrom,
        @NotNull LocalDate firstTo,
        @Valid Preference preference,
        @Min(1) @Max(20) Integer limit) {

    /** Local wall-clock times at the location; unset parts prefer nothing. */
    public record Preference(
            LocalTime after, LocalTime before, @Size(max = 7) List<@NotNull DayOfWeek> days, Boolean strict) {}
}
