package clinic.consult.series;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired inside the transaction of a series' change: booked, cancelled (what was left of it), completed (no infusion
 * left ahead). Ids, counts and times only; an infusion's own changes are the appointment's events.
 */
public record SeriesChanged(
        Change change,
        UUID seriesId,
        UUID leadId,
        String locationId,
        String planId,
        SeriesStatus status,
        int total,
        String actor,
        Instant at) {

    public enum Change {
        BOOKED,
        CANCELLED,
        COMPLETED
    }

    static SeriesChanged of(Change change, TreatmentSeries series, String actor, Instant at) {
        return new SeriesChanged(
                change,
                series.id,
                series.leadId,
                series.locationId,
                series.planId,
                series.status,
                series.infusions,
                actor,
                at);
    }
}
