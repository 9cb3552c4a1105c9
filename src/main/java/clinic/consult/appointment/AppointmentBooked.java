package clinic.consult.appointment;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** The answer to a booking: the only time the manage token is ever shown. */
public record AppointmentBooked(
        UUID id,
        AppointmentStatus status,
        String locationId,
        String type,
        OffsetDateTime start,
        OffsetDateTime end,
        UUID leadId,
        String manageToken) {

    static AppointmentBooked of(Appointment appointment, ZoneId zone, String manageToken) {
        return new AppointmentBooked(
                appointment.id,
                appointment.status,
                appointment.locationId,
                appointment.appointmentTypeId,
                appointment.startAt.atZone(zone).toOffsetDateTime(),
                appointment.endAt.atZone(zone).toOffsetDateTime(),
                appointment.leadId,
                manageToken);
    }

    /** The answer as kept for an Idempotency-Key replay: never the token itself. */
    AppointmentBooked withoutToken() {
        return new AppointmentBooked(id, status, locationId, type, start, end, leadId, null);
    }
}
