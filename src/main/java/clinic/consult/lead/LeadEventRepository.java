package clinic.consult.lead;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LeadEventRepository implements PanacheRepository<LeadEvent> {

    private final Event<LeadChanged> changed;

    LeadEventRepository(Event<LeadChanged> changed) {
        this.changed = changed;
    }

    /**
     * Writes an entry of a lead's timeline, and tells those who follow leads what changed ({@link LeadChanged}). Call
     * it before changing the lead itself: the lead's location is the one before a reassignment.
     */
    public void append(Lead lead, LeadEvent event) {
        persist(event);
        changed.fire(new LeadChanged(
                lead.id,
                event.type,
                event.fromStatus,
                event.toStatus,
                lead.locationId,
                event.locationId != null ? event.locationId : lead.locationId,
                event.actor,
                event.at));
    }

    public List<LeadEvent> timeline(UUID leadId) {
        return list("leadId = ?1 order by at, id", leadId);
    }

    /** Notes and resubmitted messages are free text a person or staff wrote about the person: erasure removes them. */
    public void forgetNotes(UUID leadId) {
        update("note = null where leadId = ?1 and note is not null", leadId);
    }
}
