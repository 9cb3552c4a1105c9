package clinic.consult.schedule;

public record ScheduleView(
        String locationId,
        String type,
        String timeZone,
        WeeklyHours weeklyHours,
        int slotMinutes,
        int stepMinutes,
        int bufferMinutes,
        int capacity,
        int minNoticeMinutes,
        int horizonDays) {

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
