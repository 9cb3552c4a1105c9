package clinic.consult.availability;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Schedule")
public record ScheduleView(
        @Schema(required = true, example = "tustin") String locationId,
        @Schema(required = true, example = "in-person-consultation") String type,
        @Schema(required = true, example = "America/Los_Angeles") String timeZone,
        @Schema(required = true) WeeklyHours weeklyHours,
        @Schema(required = true, example = "30") int slotMinutes,
        @Schema(required = true, example = "15") int stepMinutes,
        @Schema(required = true, example = "15") int bufferMinutes,
        @Schema(required = true, example = "1") int capacity,
        @Schema(required = true, example = "120") int minNoticeMinutes,
        @Schema(required = true, example = "60") int horizonDays) {

    static ScheduleView of(Schedule schedule, String timeZone) {
        return new ScheduleView(
                schedule.locationId,
                schedule.appointmentTypeId,
                timeZone,
                WeeklyHours.of(schedule.weeklyHours()),
                schedule.slotMinutes,
                schedule.stepMinutes,
                schedule.bufferMinutes,
                schedule.capacity,
                schedule.minNoticeMinutes,
                schedule.horizonDays);
    }
}
