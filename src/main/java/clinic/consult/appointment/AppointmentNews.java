package clinic.consult.appointment;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.lead.LeadProgress;
import clinic.consult.notification.MailConfig;
import clinic.consult.notification.NotificationType;
import clinic.consult.notification.Outbox;
import clinic.consult.security.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a change to an appointment tells, in the change's transaction: the lead (its status and timeline), the other
 * systems ({@link AppointmentChanged}, for webhooks), the person (an email in the outbox now, and the reminder due
 * before the start) and, when staff made it, the audit trail.
 */
@ApplicationScoped
class AppointmentNews {

    private final LeadProgress leads;
    private final Event<AppointmentChanged> changes;
    private final Outbox outbox;
    private final AuditService audit;
    private final Duration reminderBefore;

    AppointmentNews(
            LeadProgress leads, Event<AppointmentChanged> changes, Outbox outbox, AuditService audit, MailConfig mail) {
        this.leads = leads;
        this.changes = changes;
        this.outbox = outbox;
        this.audit = audit;
        this.reminderBefore = mail.reminderBefore();
    }

    void booked(Appointment appointment, Caller caller, Instant at) {
        leads.consultationBooked(appointment.leadId, appointment.id, caller.actor());
        changes.fire(AppointmentChanged.of(AppointmentChanged.Change.BOOKED, appointment, caller.actor(), at));
        tell(appointment, NotificationType.APPOINTMENT_CONFIRMED);
        audit(caller.staff(), AuditAction.APPOINTMENT_BOOKED, appointment, "appointment " + appointment.id);
    }

    void rescheduled(Appointment appointment, Caller caller) {
        appointment.reminderDueAt = reminderDue(appointment, appointment.updatedAt);
        leads.consultationRescheduled(appointment.leadId, appointment.id, caller.actor());
        changes.fire(AppointmentChanged.of(
                AppointmentChanged.Change.RESCHEDULED, appointment, caller.actor(), appointment.updatedAt));
        tell(appointment, NotificationType.APPOINTMENT_RESCHEDULED);
        audit(
                caller.staff(),
                AuditAction.APPOINTMENT_CHANGED,
                appointment,
                "rescheduled appointment " + appointment.id);
    }

    /** @param anotherUpcoming whether the lead still has a consultation ahead (it then stays scheduled) */
    void cancelled(Appointment appointment, Caller caller, boolean anotherUpcoming) {
        appointment.reminderDueAt = null;
        tell(appointment, NotificationType.APPOINTMENT_CANCELLED);
        changes.fire(AppointmentChanged.of(
                AppointmentChanged.Change.CANCELLED, appointment, caller.actor(), appointment.updatedAt));
        leads.consultationCancelled(appointment.leadId, appointment.id, anotherUpcoming, caller.actor());
        audit(caller.staff(), AuditAction.APPOINTMENT_CHANGED, appointment, "cancelled appointment " + appointment.id);
    }

    void held(Appointment appointment, Staff staff) {
        var completed = appointment.status == AppointmentStatus.COMPLETED;
        changes.fire(AppointmentChanged.of(
                completed ? AppointmentChanged.Change.COMPLETED : AppointmentChanged.Change.NO_SHOW,
                appointment,
                staff.subject(),
                appointment.updatedAt));
        if (appointment.seriesId == null) {
            // an infusion's outcome is the series' progress, not a step of the lead's pipeline
            leads.consultationHeld(appointment.leadId, appointment.id, completed, staff.subject());
        }
        audit(
                Optional.of(staff),
                AuditAction.APPOINTMENT_CHANGED,
                appointment,
                "appointment " + appointment.id + " " + appointment.status);
    }

    /**
     * When the reminder is to be queued: the configured time before the start. None when that moment has already
     * passed: the confirmation sent now serves.
     */
    Instant reminderDue(Appointment appointment, Instant now) {
        var due = appointment.startAt.minus(reminderBefore);
        return due.isAfter(now) ? due : null;
    }

    /** Puts the person's message about this change in the outbox; none for an erased lead. */
    private void tell(Appointment appointment, NotificationType type) {
        leads.recipientOf(appointment.leadId).ifPresent(person -> outbox.toPerson(appointment.message(type), person));
    }

    private void audit(Optional<Staff> staff, AuditAction action, Appointment appointment, String detail) {
        staff.ifPresent(member -> audit.record(member, action, appointment.leadId, detail));
    }
}
