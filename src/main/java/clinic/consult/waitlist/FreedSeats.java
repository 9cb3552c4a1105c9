package clinic.consult.waitlist;

import clinic.consult.appointment.AppointmentChanged;
import clinic.consult.schedule.ScheduleChanged;
import clinic.consult.schedule.ScheduleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

/**
 * Looks at a line as soon as a change that frees seats in it commits (a consultation cancelled or moved, a closure
 * lifted, hours or chairs added, an offer withdrawn), so the people waiting get the seat before the next scheduled run. Holds that end
 * free theirs without an event: the scheduled run finds those.
 */
@ApplicationScoped
class FreedSeats {

    private static final Logger LOG = Logger.getLogger(FreedSeats.class);

    private final WaitlistMatcher matcher;
    private final ScheduleService schedules;

    FreedSeats(WaitlistMatcher matcher, ScheduleService schedules) {
        this.matcher = matcher;
        this.schedules = schedules;
    }

    void onAppointment(@Observes(during = TransactionPhase.AFTER_SUCCESS) AppointmentChanged change) {
        if (change.seriesId() == null
                && (change.change() == AppointmentChanged.Change.CANCELLED
                        || change.change() == AppointmentChanged.Change.RESCHEDULED)) {
            match(change.locationId(), change.appointmentTypeId());
        }
    }

    void onSchedule(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScheduleChanged change) {
        schedules.types().stream()
                .filter(type -> schedules.isConsultation(type.id()))
                .forEach(type -> match(change.locationId(), type.id()));
    }

    void onLine(@Observes(during = TransactionPhase.AFTER_SUCCESS) LineChanged change) {
        match(change.locationId(), change.typeId());
    }

    private void match(String locationId, String typeId) {
        try {
            matcher.match(locationId, typeId);
        } catch (RuntimeException e) {
            // the change itself is committed; the scheduled run offers the seat instead
            LOG.warnf(
                    "Waitlist %s/%s: could not look at freed seats now (%s)",
                    locationId, typeId, e.getClass().getSimpleName());
        }
    }
}
