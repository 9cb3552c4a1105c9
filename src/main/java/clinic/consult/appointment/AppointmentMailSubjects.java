package clinic.consult.appointment;

import clinic.consult.notification.MailSubjects;
import clinic.consult.schedule.AppointmentType;
import clinic.consult.schedule.ScheduleService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What an email may say of an appointment: its status, and its type's name and mode. */
@ApplicationScoped
class AppointmentMailSubjects implements MailSubjects.Appointments {

    private final AppointmentRepository appointments;
    private final ScheduleService schedules;

    AppointmentMailSubjects(AppointmentRepository appointments, ScheduleService schedules) {
        this.appointments = appointments;
        this.schedules = schedules;
    }

    @Override
    public Optional<MailSubjects.Visit> visit(UUID appointmentId) {
        return appointments.findByIdOptional(appointmentId).map(appointment -> {
            var type = schedules.type(appointment.appointmentTypeId);
            return new MailSubjects.Visit(
                    appointment.status.name(),
                    type.map(found -> found.name()).orElse(null),
                    type.map(found -> found.mode() == AppointmentType.Mode.VIRTUAL)
                            .orElse(false),
                    appointment.icalSequence);
        });
    }

    @Override
    public List<MailSubjects.Infusion> seriesWith(UUID appointmentId) {
        return appointments
                .findByIdOptional(appointmentId)
                .filter(appointment -> appointment.seriesId != null)
                .map(appointment -> appointments
                        .list(
                                "seriesId = ?1 and status = ?2 order by seriesPosition",
                                appointment.seriesId,
                                AppointmentStatus.BOOKED)
                        .stream()
                        .map(infusion -> new MailSubjects.Infusion(
                                infusion.id, infusion.icalSequence, infusion.startAt, infusion.endAt))
                        .toList())
                .orElse(List.of());
    }
}
