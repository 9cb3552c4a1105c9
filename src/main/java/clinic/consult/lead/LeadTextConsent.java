package clinic.consult.lead;

import clinic.consult.notification.TextConsentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Notes a number's opt-out from texts, or its return, on the timeline of every lead of that number. */
@ApplicationScoped
class LeadTextConsent {

    private final LeadRepository leads;
    private final LeadEventRepository events;

    LeadTextConsent(LeadRepository leads, LeadEventRepository events) {
        this.leads = leads;
        this.events = events;
    }

    void changed(@Observes TextConsentChanged change) {
        var type = change.optedIn() ? LeadEvent.Type.TEXTS_OPTED_IN : LeadEvent.Type.TEXTS_OPTED_OUT;
        for (var lead : leads.list("phone = ?1 and erasedAt is null", change.phone())) {
            var event = LeadEvent.of(lead.id, type, change.actor(), change.at());
            event.locationId = lead.locationId;
            events.append(lead, event);
        }
    }
}
