package clinic.consult.webhook;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.lead.LeadContacts;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What one delivery sends: the event's envelope, the contact details of the lead for a subscription that opted in
 * (and, once they have left, the disclosure in the audit trail), and the secrets that sign it.
 */
@ApplicationScoped
class WebhookMessages {

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final LeadContacts contacts;
    private final AuditService audit;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookMessages(
            DeliveryRepository deliveries,
            WebhookRepository webhooks,
            LeadContacts contacts,
            AuditService audit,
            ObjectMapper json,
            Clock clock) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.contacts = contacts;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** A message ready to go: its body, the secrets that sign it, and whether it carries a person's contact. */
    record Ready(DeliveryRepository.Parcel parcel, String body, List<String> secrets, boolean carriesContact) {}

    /** Within a transaction: the parcel if this claim still holds it, its body, its secrets. */
    Ready prepare(UUID id, UUID token) {
        var found = deliveries.parcel(id, token);
        if (found.isEmpty()) {
            return null;
        }
        var parcel = found.get();
        var secrets = webhooks.liveSecrets(parcel.subscriptionId(), clock.instant());
        var contact = parcel.includeContact() && parcel.leadId() != null
                ? contacts.of(parcel.leadId())
                : Optional.<LeadContacts.Contact>empty();
        return new Ready(parcel, body(parcel, contact), secrets, contact.isPresent());
    }

    /**
     * Once a body with contact details has left for the receiver (it answered, or it may have taken the body before
     * its time-out), the disclosure goes into the audit trail, in the transaction that records the attempt.
     */
    void auditDisclosure(Ready ready, boolean left) {
        var parcel = ready.parcel();
        if (left && ready.carriesContact()) {
            audit.recordSystem(
                    "webhook:" + parcel.subscriptionId(),
                    AuditAction.WEBHOOK_CONTACT_SENT,
                    parcel.leadId(),
                    "event " + parcel.eventId() + " (" + parcel.type().wire() + ")");
        }
    }

    private String body(DeliveryRepository.Parcel parcel, Optional<LeadContacts.Contact> contact) {
        try {
            var envelope = json.createObjectNode();
            envelope.put("id", parcel.eventId().toString());
            envelope.put("type", parcel.type().wire());
            envelope.put("timestamp", parcel.occurredAt().toString());
            var data = (ObjectNode) json.readTree(parcel.data());
            contact.ifPresent(details -> data.set("contact", json.valueToTree(details)));
            envelope.set("data", data);
            return json.writeValueAsString(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
