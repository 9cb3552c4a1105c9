package clinic.consult.series;

import clinic.consult.appointment.AppointmentChanged;
import clinic.consult.appointment.InfusionView;
import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.lead.LeadProgress;
import clinic.consult.notification.Message;
import clinic.consult.notification.NotificationType;
import clinic.consult.notification.Outbox;
import clinic.consult.security.Staff;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.List;

/**
 * What a series' change tells, in its transaction: the lead (its status and timeline), the person (the
 * confirmation, in the outbox), the audit trail, and other systems ({@link SeriesChanged}, for webhooks); and, once
 * committed, the metrics.
 */
@ApplicationScoped
class SeriesNews {

    private final LeadProgress leads;
    private final Outbox outbox;
    private final AuditService audit;
    private final Event<SeriesChanged> changes;
    private final MeterRegistry metrics;

    SeriesNews(
            LeadProgress leads,
            Outbox outbox,
            AuditService audit,
            Event<SeriesChanged> changes,
            MeterRegistry metrics) {
        this.leads = leads;
        this.outbox = outbox;
        this.audit = audit;
        this.changes = changes;
        this.metrics = metrics;
    }

    /** Also one confirmation to the person, all the infusions in it, in their language and channel. */
    void booked(TreatmentSeries series, List<InfusionView> infusions, Staff staff, Instant at) {
        leads.treatmentBooked(series.leadId, series.id, staff.subject());
        var first = infusions.get(0);
        var last = infusions.get(infusions.size() - 1);
        leads.recipientOf(series.leadId)
                .ifPresent(person -> outbox.toPerson(
                        Message.aboutAppointment(
                                NotificationType.SERIES_CONFIRMED,
                                null,
                                series.leadId,
                                series.locationId,
                                first.appointmentId(),
                                0,
                                first.start().toInstant(),
                                last.end().toInstant()),
                        person));
        audit.record(
                staff,
                AuditAction.APPOINTMENT_BOOKED,
                series.leadId,
                "series " + series.id
                        + (series.overrideReason == null ? "" : ", outside the plan's span (reason given)"));
        changes.fire(SeriesChanged.of(SeriesChanged.Change.BOOKED, series, staff.subject(), at));
    }

    /** An infusion moved; outside the plan, the lead's timeline says why. */
    void moved(TreatmentSeries series, int position, String override, Staff staff) {
        if (override != null) {
            leads.treatmentChanged(
                    series.leadId,
                    "Series " + series.id + ": infusion " + position + " moved outside the plan. " + override,
                    staff.subject());
        }
        audit.record(
                staff,
                AuditAction.APPOINTMENT_CHANGED,
                series.leadId,
                "moved infusion " + position + " of series " + series.id + (override == null ? "" : " (override)"));
    }

    void cancelled(TreatmentSeries series, int infusionsCancelled, String reason, Staff staff, Instant at) {
        leads.treatmentChanged(
                series.leadId,
                "Series " + series.id + ": " + infusionsCancelled + " infusions ahead cancelled."
                        + (reason == null ? "" : " " + reason),
                staff.subject());
        audit.record(staff, AuditAction.APPOINTMENT_CHANGED, series.leadId, "cancelled series " + series.id);
        changes.fire(SeriesChanged.of(SeriesChanged.Change.CANCELLED, series, staff.subject(), at));
    }

    void completed(TreatmentSeries series, String actor, Instant at) {
        changes.fire(SeriesChanged.of(SeriesChanged.Change.COMPLETED, series, actor, at));
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) SeriesChanged change) {
        metrics.counter("consult.series", "change", change.change().name().toLowerCase(java.util.Locale.ROOT))
                .increment();
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) AppointmentChanged change) {
        if (change.seriesId() != null && change.change() == AppointmentChanged.Change.COMPLETED) {
            metrics.counter("consult.infusions.completed").increment();
        }
    }
}
