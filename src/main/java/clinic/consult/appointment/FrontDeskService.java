package clinic.consult.appointment;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.schedule.ScheduleService;
import clinic.consult.security.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The front desk's work on appointments: a location's day, and how each consultation went. */
@ApplicationScoped
public class FrontDeskService {

    private final AppointmentRepository appointments;
    private final AppointmentAccess access;
    private final ScheduleService schedules;
    private final AppointmentNews news;
    private final AuditService audit;
    private final Clock clock;

    FrontDeskService(
            AppointmentRepository appointments,
            AppointmentAccess access,
            ScheduleService schedules,
            AppointmentNews news,
            AuditService audit,
            Clock clock) {
        this.appointments = appointments;
        this.access = access;
        this.schedules = schedules;
        this.news = news;
        this.audit = audit;
        this.clock = clock;
    }

    /** A location's appointments of one local day (today by default). */
    @Transactional
    public List<AppointmentView> day(
            String locationId, Optional<LocalDate> date, List<AppointmentStatus> statuses, Staff staff) {
        access.checkMayList(locationId, staff);
        var zone = schedules.zoneOf(locationId);
        var day = date.orElse(clock.instant().atZone(zone).toLocalDate());
        var found = appointments.at(
                locationId,
                day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant(),
                statuses);
        audit.recordEach(
                staff,
                AuditAction.APPOINTMENT_LISTED,
                found.stream().map(a -> a.leadId).toList());
        return found.stream().map(a -> AppointmentView.of(a, zone)).toList();
    }

    /** Records how a consultation went, once its start has passed; the lead follows. */
    @Transactional
    public AppointmentView recordOutcome(UUID id, AppointmentPatch patch, Staff staff) {
        if (patch.status() != AppointmentStatus.COMPLETED && patch.status() != AppointmentStatus.NO_SHOW) {
            throw new InvalidFieldsException("status", "must be COMPLETED or NO_SHOW");
        }
        var appointment = access.toRead(id, new Caller(Optional.empty(), Optional.of(staff)));
        if (appointment.status != AppointmentStatus.BOOKED) {
            throw new AppointmentStateException("The appointment is " + appointment.status + ", not BOOKED");
        }
        if (appointment.startAt.isAfter(clock.instant())) {
            throw new AppointmentStateException("The appointment has not started yet");
        }
        appointment.status = patch.status();
        appointment.updatedAt = clock.instant();
        news.held(appointment, staff);
        return AppointmentView.of(appointment, schedules.zoneOf(appointment.locationId));
    }
}
