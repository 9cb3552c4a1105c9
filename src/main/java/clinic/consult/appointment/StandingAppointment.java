package clinic.consult.appointment;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment that holds its time (not cancelled), as another feature shows it: ids, type, times, and for an
 * infusion its series and place in it.
 */
public record StandingAppointment(
        UUID id,
        UUID leadId,
        String typeId,
        AppointmentStatus status,
        Instant start,
        Instant end,
        int sequence,
        Instant updatedAt,
        UUID seriesId,
        Integer seriesPosition) {

    static StandingAppointment of(Appointment appointment) {
        return new StandingAppointment(
                appointment.id,
                appointment.leadId,
                appointment.appointmentTypeId,
                appointment.status,
                appointment.startAt,
                appointment.endAt,
                appointment.icalSequence,
                appointment.updatedAt,
                appointment.seriesId,
                appointment.seriesPosition);
    }
}
