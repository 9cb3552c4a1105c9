package clinic.consult.appointment;

import clinic.consult.db.Batches;
import clinic.consult.db.DatabaseFaults;
import clinic.consult.lead.LeadProgress;
import clinic.consult.notification.NotificationType;
import clinic.consult.notification.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Queues each booked appointment's reminder once, when its time comes ({@code CONSULT_MAIL_REMINDER_BEFORE} before
 * the start). Booking and rescheduling set the moment; cancelling clears it; queuing clears it in the same
 * transaction that writes the message, so two instances never queue one reminder twice.
 */
@ApplicationScoped
public class AppointmentReminders {

    private static final Logger LOG = Logger.getLogger(AppointmentReminders.class);
    private static final int BATCH = 200;

    private final AppointmentRepository appointments;
    private final LeadProgress leads;
    private final Outbox outbox;
    private final DatabaseFaults faults;
    private final Clock clock;

    AppointmentReminders(
            AppointmentRepository appointments, LeadProgress leads, Outbox outbox, DatabaseFaults faults, Clock clock) {
        this.faults = faults;
        this.appointments = appointments;
        this.leads = leads;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(
            identity = "appointment-reminders",
            every = "${consult.mail.delivery.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not while the instance shuts down: the database pool may already be closed
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        faults.runJob("appointment-reminders", this::queueDue);
    }

    /** Queues every reminder due now; returns how many. Callable from any thread. */
    @ActivateRequestContext
    public int queueDue() {
        return Batches.untilShort(BATCH, this::queueBatch);
    }

    private int queueBatch() {
        var now = clock.instant();
        var ids = appointments.lockDueReminders(now, BATCH);
        for (var id : ids) {
            var appointment = appointments.findById(id);
            appointment.reminderDueAt = null;
            leads.recipientOf(appointment.leadId)
                    .ifPresent(person ->
                            outbox.toPerson(appointment.message(NotificationType.APPOINTMENT_REMINDER), person));
            LOG.infof("Appointment %s: reminder queued", id);
        }
        return ids.size();
    }
}
