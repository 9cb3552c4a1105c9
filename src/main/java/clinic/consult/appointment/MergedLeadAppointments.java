package clinic.consult.appointment;

import clinic.consult.lead.LeadMerged;
import clinic.consult.lead.LeadProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * When staff merge a submission into the person's lead, its appointments go with it, in the merge's transaction: the
 * lead's history is in one place, and an upcoming consultation books the lead (CONSULT_BOOKED).
 */
@ApplicationScoped
class MergedLeadAppointments {

    private static final Logger LOG = Logger.getLogger(MergedLeadAppointments.class);

    private final AppointmentRepository appointments;
    private final LeadProgress leads;
    private final Clock clock;

    MergedLeadAppointments(AppointmentRepository appointments, LeadProgress leads, Clock clock) {
        this.appointments = appointments;
        this.leads = leads;
        this.clock = clock;
    }

    void moveWith(@Observes LeadMerged merge) {
        var now = clock.instant();
        for (var appointment : appointments.ofLead(merge.from())) {
            appointment.leadId = merge.into();
            appointment.updatedAt = now;
            if (appointment.seriesId == null
                    && appointment.status == AppointmentStatus.BOOKED
                    && appointment.startAt.isAfter(now)) {
                leads.consultationBooked(merge.into(), appointment.id, merge.actor());
            }
            LOG.infof("Appointment %s moved from lead %s to lead %s", appointment.id, merge.from(), merge.into());
        }
    }
}
