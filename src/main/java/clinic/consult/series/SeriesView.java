package clinic.consult.series;

import clinic.consult.appointment.AppointmentStatus;
import clinic.consult.appointment.InfusionView;
import java.util.List;
import java.util.UUID;

/** A series and its infusions; {@code done} counts the infusions that took place. */
public record SeriesView(
        UUID id,
        UUID leadId,
        String locationId,
        String planId,
        SeriesStatus status,
        String timeZone,
        int done,
        int total,
        String overrideReason,
        List<InfusionView> infusions) {

    static SeriesView of(TreatmentSeries series, String timeZone, List<InfusionView> infusions) {
        int done = (int) infusions.stream()
                .filter(infusion -> infusion.status() == AppointmentStatus.COMPLETED)
                .count();
        return new SeriesView(
                series.id,
                series.leadId,
                series.locationId,
                series.planId,
                series.status,
                timeZone,
                done,
                series.infusions,
                series.overrideReason,
                infusions);
    }
}
