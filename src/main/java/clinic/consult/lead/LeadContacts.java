package clinic.consult.lead;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * A lead's contact details, for a receiver that may have them (a webhook subscription that opted in, under a business
 * associate agreement): name, email, phone and how the person prefers to be contacted. Never conditions or messages;
 * nothing once the lead is erased.
 */
@ApplicationScoped
public class LeadContacts {

    /** Who to contact and how. */
    public record Contact(String firstName, String lastName, String email, String phone, PreferredContact preferred) {}

    private final LeadRepository leads;

    LeadContacts(LeadRepository leads) {
        this.leads = leads;
    }

    public Optional<Contact> of(UUID leadId) {
        return leads.findByIdOptional(leadId)
                .filter(lead -> !lead.isErased())
                .map(lead -> new Contact(lead.firstName, lead.lastName, lead.email, lead.phone, lead.preferredContact));
    }
}
