package clinic.consult.appointment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

public record AppointmentView(
        UUID id,
        AppointmentStatus status,
        String locationId,
        String type,
        OffsetDateTime start,
        OffsetDateTime end,
        UUID leadId,
        Instant cancelledAt,
        String cancelReason) {

    static AppointmentView of(Appointment appointment, ZoneId zone) {
        return new AppointmentView(
                appointment.id,
                appointment.status,
                appointment.locationId,
                appointment.appointmentTypeId,
                appointment.startAt.atZone(zone).toOffsetDateTime(),
                appointment.endAt.atZone(zone).toOffsetDateTime(),
                appointment.leadId,
                appointment.cancelledAt,
                appointment.cancelReason);
    }
}
