package clinic.consult.appointment;

import clinic.consult.lead.LeadErased;
import clinic.consult.security.RandomSecrets;
import clinic.consult.slot.SeatClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * When a lead is erased, its appointments keep no personal data (the cancel reason a person typed goes) and its
 * upcoming consultations are cancelled, in the erasure's transaction: their seats are free at once, their manage
 * tokens die, and no email goes (there is no address any more).
 */
@ApplicationScoped
class ErasedLeadAppointments {

    private static final Logger LOG = Logger.getLogger(ErasedLeadAppointments.class);

    private final AppointmentRepository appointments;
    private final SeatClaims seats;
    private final Event<AppointmentChanged> changes;
    private final Clock clock;

    ErasedLeadAppointments(
            AppointmentRepository appointments, SeatClaims seats, Event<AppointmentChanged> changes, Clock clock) {
        this.appointments = appointments;
        this.seats = seats;
        this.changes = changes;
        this.clock = clock;
    }

    void forget(@Observes LeadErased erased) {
        var now = clock.instant();
        for (var appointment : appointments.ofLead(erased.leadId())) {
            appointment.cancelReason = null;
            // no token or link opens it again, not even to read that it was cancelled: a secret nobody holds, and a
            // sequence past the links of the emails sent
            appointment.manageTokenHash = RandomSecrets.hash(RandomSecrets.newSecret());
            appointment.icalSequence++;
            if (appointment.status == AppointmentStatus.BOOKED && appointment.endAt.isAfter(now)) {
                appointment.status = AppointmentStatus.CANCELLED;
                appointment.cancelledAt = now;
                appointment.reminderDueAt = null;
                appointment.icalSequence++;
                appointment.updatedAt = now;
                seats.seatFreed(appointment.locationId);
                changes.fire(
                        AppointmentChanged.of(AppointmentChanged.Change.CANCELLED, appointment, erased.actor(), now));
                LOG.infof("Appointment %s cancelled: its lead %s was erased", appointment.id, erased.leadId());
            }
        }
    }
}
