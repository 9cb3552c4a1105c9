package clinic.consult.appointment;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a booking: the only time the manage token is ever shown. */
public record AppointmentBooked(
        @Schema(required = true) UUID id,
        @Schema(required = true) AppointmentStatus status,
        @Schema(required = true, example = "tustin") String locationId,
        @Schema(required = true, example = "in-person-consultation") String type,
        @Schema(required = true, example = "2026-11-23T09:00:00-08:00") OffsetDateTime start,
        @Schema(required = true, example = "2026-11-23T09:30:00-08:00") OffsetDateTime end,
        @Schema(required = true) UUID leadId,
        @Schema(
                        required = true,
                        description = "Send as X-Manage-Token to view, reschedule or cancel; works until the"
                                + " appointment is cancelled or over. Not stored: it cannot be shown again")
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
