package clinic.consult.appointment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Appointment")
public record AppointmentView(
        @Schema(required = true) UUID id,
        @Schema(required = true) AppointmentStatus status,
        @Schema(required = true, example = "tustin") String locationId,
        @Schema(required = true, example = "in-person-consultation") String type,
        @Schema(required = true, example = "2026-11-23T09:00:00-08:00") OffsetDateTime start,
        @Schema(required = true, example = "2026-11-23T09:30:00-08:00") OffsetDateTime end,
        @Schema(required = true) UUID leadId,
        @Schema(nullable = true) Instant cancelledAt,
        @Schema(nullable = true) String cancelReason) {

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
