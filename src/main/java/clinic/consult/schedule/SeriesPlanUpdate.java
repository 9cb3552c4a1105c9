package clinic.consult.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;

/** A whole series plan, as an admin replaces it. */
public record SeriesPlanUpdate(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Min(1) @Max(12) Integer infusions,
        @NotNull @Min(1) @Max(42) Integer minSpanDays,
        @NotNull @Min(1) @Max(42) Integer maxSpanDays,
        @NotNull @Min(1) @Max(14) Integer minDaysApart,
        @NotNull @Size(max = 7) List<@NotNull DayOfWeek> weekdays) {}
