package clinic.consult.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A whole schedule, as an admin replaces it. */
public record ScheduleUpdate(
        @NotNull @Valid WeeklyHours weeklyHours,
        @NotNull @Min(5) @Max(480) Integer slotMinutes,
        @NotNull @Min(5) @Max(480) Integer stepMinutes,
        @NotNull @Min(0) @Max(240) Integer bufferMinutes,
        @NotNull @Min(0) @Max(50) Integer capacity,
        @NotNull @Min(0) @Max(43200) Integer minNoticeMinutes,
        @NotNull @Min(1) @Max(365) Integer horizonDays) {}
