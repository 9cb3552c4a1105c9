package clinic.consult.appointment;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.hold.HoldService;
import clinic.consult.lead.LeadProgress;
import clinic.consult.lead.intake.ClientInfo;
import clinic.consult.notification.MailConfig;
import clinic.consult.notification.NotificationType;
import clinic.consult.notification.Outbox;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.NotFoundException;
import clinic.consult.problem.Problem;
import clinic.consult.schedule.ScheduleService;
import clinic.consult.security.RandomSecrets;
import clinic.consult.security.Staff;
import clinic.consult.slot.AvailabilityService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Booking, viewing, rescheduling and cancelling consultations. The seat is taken through
 * {@link AvailabilityService#claim}, under the (location, type)'s row lock, in the same transaction that stores the
 * appointment: capacity holds however many requests and instances race for it.
 */
@ApplicationScoped
public class AppointmentService {

    private static final Logger LOG = Logger.getLogger(AppointmentService.class);
    static final String PUBLIC_ACTOR = "public-booking";
    private static final List<AppointmentStatus> STANDING =
            List.of(AppointmentStatus.BOOKED, AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW);

    private final AppointmentRepository appointments;
    private final AppointmentAccess access;
    private final AvailabilityService availability;
    private final HoldService holds;
    private final ScheduleService schedules;
    private final LeadProgress leads;
    private final AuditService audit;
    private final Outbox outbox;
    private final Event<AppointmentChanged> changes;
    private final Duration reminderBefore;
    private final Clock clock;

    AppointmentService(
            AppointmentRepository appointments,
            AppointmentAccess access,
            AvailabilityService availability,
            HoldService holds,
            ScheduleService schedules,
            LeadProgress leads,
            AuditService audit,
            Outbox outbox,
            Event<AppointmentChanged> changes,
            MailConfig mail,
            Clock clock) {
        this.appointments = appointments;
        this.access = access;
        this.availability = availability;
        this.holds = holds;
        this.schedules = schedules;
        this.leads = leads;
        this.audit = audit;
        this.outbox = outbox;
        this.changes = changes;
        this.reminderBefore = mail.reminderBefore();
        this.clock = clock;
    }

    /** Who is asking: the holder of an appointment's manage token, a staff member, or both unknown. */
    public record Caller(Optional<String> manageToken, Optional<Staff> staff) {

        String actor() {
            return staff.map(Staff::subject).orElse(PUBLIC_ACTOR);
        }
    }

    /**
     * Books a consultation, all or nothing: when the time is gone, nothing is stored, details sent inline included
     * (front ends that must keep the request either way send it to POST /api/v1/leads first and book with its
     * leadToken). One transaction also means one database connection per booking, whatever the load.
     */
    @Transactional
    public AppointmentBooked book(AppointmentRequest request, ClientInfo client, Caller caller) {
        checkOneLeadReference(request);
        schedules.checkBookable(request.locationId(), request.type());
        access.checkMayBookAt(request.locationId(), caller);
        var start = request.start().toInstant();
        if (request.holdId() == null) {
            // in a rush on a few slots, most of those who lose are told here, before a lead is stored and the
            // booking locks queued for (a held seat is the holder's and is looked at by the claim)
            availability.refuseIfFull(request.locationId(), request.type(), start);
        }
        var leadId = access.leadFor(request, client, caller);
        UUID heldSeat = null;
        if (request.holdId() != null) {
            heldSeat = holds.consume(request.holdId(), request.locationId(), request.type(), start)
                    .orElse(null);
        }
        var claim = availability.claim(request.locationId(), request.type(), start, null, heldSeat);
        var now = clock.instant();
        var token = RandomSecrets.newSecret();
        var appointment = new Appointment();
        appointment.id = UUID.randomUUID();
        appointment.locationId = request.locationId();
        appointment.appointmentTypeId = request.type();
        appointment.leadId = leadId;
        appointment.status = AppointmentStatus.BOOKED;
        appointment.startAt = claim.start();
        appointment.endAt = claim.end();
        appointment.blocksUntil = claim.blocksUntil();
        appointment.manageTokenHash = RandomSecrets.hash(token);
        appointment.icalSequence = 0;
        appointment.reminderDueAt = reminderDue(appointment.startAt, now);
        appointment.createdAt = now;
        appointment.updatedAt = now;
        appointments.persist(appointment);
        leads.consultationBooked(leadId, appointment.id, caller.actor());
        changes.fire(AppointmentChanged.of(AppointmentChanged.Change.BOOKED, appointment, caller.actor(), now));
        tell(appointment, NotificationType.APPOINTMENT_CONFIRMED);
        caller.staff()
                .ifPresent(staff ->
                        audit.record(staff, AuditAction.APPOINTMENT_BOOKED, leadId, "appointment " + appointment.id));
        LOG.infof(
                "Appointment %s booked at %s/%s for lead %s",
                appointment.id, claim.start(), request.locationId(), leadId);
        return AppointmentBooked.of(appointment, claim.zone(), token);
    }

    /**
     * For a retried booking (same Idempotency-Key): the appointment as booked, with a new manage token that replaces
     * the one of the first answer (that token was never stored, so it cannot be sent again).
     */
    @Transactional
    public AppointmentBooked reissueManageToken(UUID id) {
        var appointment = appointments.lock(id).orElseThrow(() -> new NotFoundException("Appointment", id));
        var token = RandomSecrets.newSecret();
        appointment.manageTokenHash = RandomSecrets.hash(token);
        LOG.infof("Appointment %s: manage token issued again for a retried booking", id);
        return AppointmentBooked.of(appointment, schedules.zoneOf(appointment.locationId), token);
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
        var start = request.start().toInstant();
        UUID heldSeat = null;
        if (request.holdId() != null) {
            heldSeat = holds.consume(request.holdId(), appointment.locationId, appointment.appointmentTypeId, start)
                    .orElse(null);
        }
        var claim = availability.claim(
                appointment.locationId, appointment.appointmentTypeId, start, appointment.id, heldSeat);
        appointment.startAt = claim.start();
        appointment.endAt = claim.end();
        appointment.blocksUntil = claim.blocksUntil();
        appointment.updatedAt = clock.instant();
        appointment.icalSequence++;
        appointment.reminderDueAt = reminderDue(appointment.startAt, appointment.updatedAt);
        leads.consultationRescheduled(appointment.leadId, appointment.id, caller.actor());
        changes.fire(AppointmentChanged.of(
                AppointmentChanged.Change.RESCHEDULED, appointment, caller.actor(), appointment.updatedAt));
        tell(appointment, NotificationType.APPOINTMENT_RESCHEDULED);
        caller.staff()
                .ifPresent(staff -> audit.record(
                        staff, AuditAction.APPOINTMENT_CHANGED, appointment.leadId, "rescheduled appointment " + id));
        LOG.infof("Appointment %s moved to %s", id, claim.start());
        return view(appointment);
    }

    /** Frees the seat at once; the manage token dies with it. */
    @Transactional
    public AppointmentView cancel(UUID id, CancelRequest request, Caller caller) {
        var appointment = access.toChange(id, caller);
        var now = clock.instant();
        appointment.status = AppointmentStatus.CANCELLED;
        appointment.cancelledAt = now;
        availability.seatFreed(appointment.locationId);
        appointment.cancelReason = request == null
                        || request.reason() == null
                        || request.reason().isBlank()
                ? null
                : request.reason().strip();
        appointment.updatedAt = now;
        appointment.icalSequence++;
        appointment.reminderDueAt = null;
        tell(appointment, NotificationType.APPOINTMENT_CANCELLED);
        changes.fire(AppointmentChanged.of(AppointmentChanged.Change.CANCELLED, appointment, caller.actor(), now));
        leads.consultationCancelled(
                appointment.leadId,
                appointment.id,
                appointments.hasAnotherUpcoming(appointment.leadId, appointment.id, now),
                caller.actor());
        caller.staff()
                .ifPresent(staff -> audit.record(
                        staff, AuditAction.APPOINTMENT_CHANGED, appointment.leadId, "cancelled appointment " + id));
        LOG.infof("Appointment %s cancelled", id);
        return view(appointment);
    }

    /** A location's appointments of one local day, for the front desk. */
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

    /**
     * A location's appointments that hold their time (booked, completed, no-show) starting in [from, to), in order.
     * The caller audits what it shows.
     */
    public List<StandingAppointment> standing(String locationId, Instant from, Instant to) {
        return appointments.at(locationId, from, to, STANDING).stream()
                .map(StandingAppointment::of)
                .toList();
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
        changes.fire(AppointmentChanged.of(
                patch.status() == AppointmentStatus.COMPLETED
                        ? AppointmentChanged.Change.COMPLETED
                        : AppointmentChanged.Change.NO_SHOW,
                appointment,
                staff.subject(),
                appointment.updatedAt));
        leads.consultationHeld(
                appointment.leadId, appointment.id, patch.status() == AppointmentStatus.COMPLETED, staff.subject());
        audit.record(
                staff, AuditAction.APPOINTMENT_CHANGED, appointment.leadId, "appointment " + id + " " + patch.status());
        return view(appointment);
    }

    /**
     * When the reminder is to be queued: the configured time before the start. None when that moment has already
     * passed: the confirmation just sent serves.
     */
    private Instant reminderDue(Instant start, Instant now) {
        var due = start.minus(reminderBefore);
        return due.isAfter(now) ? due : null;
    }

    /** Puts the person's email about this change in the outbox, in this transaction. */
    private void tell(Appointment appointment, NotificationType type) {
        leads.emailOf(appointment.leadId).ifPresent(email -> outbox.add(appointment.message(type, email)));
    }

    private static void checkOneLeadReference(AppointmentRequest request) {
        int given = (request.lead() != null ? 1 : 0)
                + (request.leadToken() != null ? 1 : 0)
                + (request.leadId() != null ? 1 : 0);
        if (given != 1) {
            var errors = new ArrayList<Problem.FieldError>();
            errors.add(new Problem.FieldError(
                    "lead", "give exactly one of lead (the person's details), leadToken or leadId (staff)"));
            throw new InvalidFieldsException(errors);
        }
    }

    private AppointmentView view(Appointment appointment) {
        return AppointmentView.of(appointment, schedules.zoneOf(appointment.locationId));
    }
}
