package clinic.consult.appointment;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** One infusion of a series, its times in the location's zone. */
public record InfusionView(
        int position, UUID appointmentId, OffsetDateTime start, OffsetDateTime end, AppointmentStatus status) {

    static InfusionView of(Appointment appointment, ZoneId zone) {
        return new InfusionView(
                appointment.seriesPosition,
                appointment.id,
                appointment.startAt.atZone(zone).toOffsetDateTime(),
                appointment.endAt.atZone(zone).toOffsetDateTime(),
                appointment.status);
    }
}
