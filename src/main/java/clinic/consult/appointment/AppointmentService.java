package clinic.consult.appointment;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.hold.HoldService;
import clinic.consult.schedule.ScheduleService;
import clinic.consult.slot.SeatClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A booked consultation as its person (with the manage token) or staff see and change it: view, reschedule, cancel;
 * and the appointments that hold their time, for the staff calendar feeds.
 */
@ApplicationScoped
public class AppointmentService {

    private static final Logger LOG = Logger.getLogger(AppointmentService.class);
    private static final List<AppointmentStatus> STANDING =
            List.of(AppointmentStatus.BOOKED, AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW);

    private final AppointmentRepository appointments;
    private final AppointmentAccess access;
    private final SeatClaims seats;
    private final HoldService holds;
    private final ScheduleService schedules;
    private final AppointmentNews news;
    private final AuditService audit;
    private final Clock clock;

    AppointmentService(
            AppointmentRepository appointments,
            AppointmentAccess access,
            SeatClaims seats,
            HoldService holds,
            ScheduleService schedules,
            AppointmentNews news,
            AuditService audit,
            Clock clock) {
        this.appointments = appointments;
        this.access = access;
        this.seats = seats;
        this.holds = holds;
        this.schedules = schedules;
        this.news = news;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AppointmentView get(UUID id, Caller caller) {
        var appointment = access.toRead(id, caller);
        caller.staff()
                .ifPresent(staff ->
                        audit.record(staff, AuditAction.APPOINTMENT_VIEWED, appointment.leadId, "appointment " + id));
        return view(appointment);
    }

    /** Moves the appointment in one transaction: the new time is taken and the old one freed together. */
    @Transactional
    public AppointmentView reschedule(UUID id, RescheduleRequest request, Caller caller) {
        var appointment = access.toChange(id, caller);
        refuseInfusion(appointment);
        var start = request.start().toInstant();
        UUID heldSeat = null;
        if (request.holdId() != null) {
            heldSeat = holds.consume(request.holdId(), appointment.locationId, appointment.appointmentTypeId, start)
                    .orElse(null);
        }
        var claim = seats.claim(appointment.locationId, appointment.appointmentTypeId, start, appointment.id, heldSeat);
        appointment.startAt = claim.start();
        appointment.endAt = claim.end();
        appointment.blocksUntil = claim.blocksUntil();
        appointment.updatedAt = clock.instant();
        appointment.icalSequence++;
        news.rescheduled(appointment, caller);
        LOG.infof("Appointment %s moved to %s", id, claim.start());
        return view(appointment);
    }

    /** Frees the seat at once; the manage token still shows the appointment, cancelled, and changes nothing. */
    @Transactional
    public AppointmentView cancel(UUID id, CancelRequest request, Caller caller) {
        var appointment = access.toChange(id, caller);
        refuseInfusion(appointment);
        var now = clock.instant();
        appointment.status = AppointmentStatus.CANCELLED;
        appointment.cancelledAt = now;
        seats.seatFreed(appointment.locationId);
        appointment.cancelReason = request == null
                        || request.reason() == null
                        || request.reason().isBlank()
                ? null
                : request.reason().strip();
        appointment.updatedAt = now;
        appointment.icalSequence++;
        news.cancelled(appointment, caller, appointments.hasAnotherUpcoming(appointment.leadId, appointment.id, now));
        LOG.infof("Appointment %s cancelled", id);
        return view(appointment);
    }

    /**
     * A location's appointments that hold their time (booked, completed, no-show) starting in [from, to), in order.
     * The caller audits what it shows.
     */
    public List<StandingAppointment> standing(String locationId, Instant from, Instant to) {
        return appointments.at(locationId, from, to, STANDING).stream()
                .map(StandingAppointment::of)
                .toList();
    }

    /** An infusion moves and ends with its series, whose rules (its window, the rest of it) this path cannot keep. */
    private static void refuseInfusion(Appointment appointment) {
        if (appointment.seriesId != null) {
            throw new AppointmentStateException(
                    "The appointment is infusion " + appointment.seriesPosition + " of series " + appointment.seriesId
                            + ": change it through /api/v1/series/" + appointment.seriesId);
        }
    }

    private AppointmentView view(Appointment appointment) {
        return AppointmentView.of(appointment, schedules.zoneOf(appointment.locationId));
    }
}
