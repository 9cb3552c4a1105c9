package clinic.consult.lead;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LeadEventRepository implements PanacheRepository<LeadEvent> {

    public List<LeadEvent> timeline(UUID leadId) {
        return list("leadId = ?1 order by at, id", leadId);
    }

    /** Notes and resubmitted messages are free text a person or staff wrote about the person: erasure removes them. */
    public void forgetNotes(UUID leadId) {
        update("note = null where leadId = ?1 and note is not null", leadId);
    }
}
