package clinic.consult.availability;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole schedule, as an admin replaces it. */
public record ScheduleUpdate(
        @NotNull @Valid @Schema(required = true) WeeklyHours weeklyHours,
        @NotNull @Min(5) @Max(480) @Schema(required = true, description = "Length of one appointment", example = "30")
                Integer slotMinutes,
        @NotNull @Min(5) @Max(480) @Schema(required = true, description = "Minutes between slot starts", example = "15")
                Integer stepMinutes,
        @NotNull
                @Min(0)
                @Max(240)
                @Schema(required = true, description = "Kept free after each appointment", example = "15")
                Integer bufferMinutes,
        @NotNull @Min(0) @Max(50) @Schema(required = true, description = "Appointments at the same time", example = "1")
                Integer capacity,
        @NotNull @Min(0) @Max(43200) @Schema(required = true, description = "Earliest start from now", example = "120")
                Integer minNoticeMinutes,
        @NotNull @Min(1) @Max(365) @Schema(required = true, description = "Bookable days ahead", example = "60")
                Integer horizonDays) {}
