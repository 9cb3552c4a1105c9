package clinic.consult.series;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class SeriesRepository implements PanacheRepositoryBase<TreatmentSeries, UUID> {

    List<TreatmentSeries> ofLead(UUID leadId) {
        return list("leadId", leadId);
    }

    boolean hasCompleted(UUID leadId) {
        return count("leadId = ?1 and status = ?2", leadId, SeriesStatus.COMPLETED) > 0;
    }
}
