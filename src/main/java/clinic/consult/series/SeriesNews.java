package clinic.consult.series;

import clinic.consult.appointment.AppointmentChanged;
import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.lead.LeadProgress;
import clinic.consult.security.Staff;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;

/**
 * What a series' change tells, in its transaction: the lead (its status and timeline), the audit trail, and other
 * systems ({@link SeriesChanged}, for webhooks); and, once committed, the metrics.
 */
@ApplicationScoped
class SeriesNews {

    private final LeadProgress leads;
    private final AuditService audit;
    private final Event<SeriesChanged> changes;
    private final MeterRegistry metrics;

    SeriesNews(LeadProgress leads, AuditService audit, Event<SeriesChanged> changes, MeterRegistry metrics) {
        this.leads = leads;
        this.audit = audit;
        this.changes = changes;
        this.metrics = metrics;
    }

    void booked(TreatmentSeries series, Staff staff, Instant at) {
        leads.treatmentBooked(series.leadId, series.id, staff.subject());
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
