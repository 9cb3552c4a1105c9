package clinic.consult.appointment;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired inside the transaction of every change of an appointment: booked, moved, cancelled (by the person, staff, or
 * the lead's erasure), held (completed) or missed (no-show). Ids, status and times only: never a cancel reason.
 */
public record AppointmentChanged(
        Change change,
        UUID appointmentId,
        UUID leadId,
        String locationId,
        String appointmentTypeId,
        AppointmentStatus status,
        Instant startAt,
        Instant endAt,
        String actor,
        Instant at,
        UUID seriesId,
        Integer seriesPosition) {

    public enum Change {
        BOOKED,
        RESCHEDULED,
        CANCELLED,
        COMPLETED,
        NO_SHOW
    }

    static AppointmentChanged of(Change change, Appointment appointment, String actor, Instant at) {
        return new AppointmentChanged(
                change,
                appointment.id,
                appointment.leadId,
                appointment.locationId,
                appointment.appointmentTypeId,
                appointment.status,
                appointment.startAt,
                appointment.endAt,
                actor,
                at,
                appointment.seriesId,
                appointment.seriesPosition);
    }
}
