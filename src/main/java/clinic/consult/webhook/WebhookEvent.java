package clinic.consult.webhook;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What happened, as a webhook tells it (see V10__webhooks.sql): ids, statuses, locations, times and attribution in
 * {@code data}, never a name or a contact detail. Most are written with their deliveries in one statement
 * ({@link DeliveryRepository#record}); {@code seq} is the database's, in the order they were written.
 */
@Entity
@Table(name = "webhook_events")
public class WebhookEvent {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    @Convert(converter = Wire.class)
    @Column(nullable = false)
    public EventType type;

    @Column(nullable = false)
    public Instant occurredAt;

    public UUID leadId;
    public String locationId;

    @Column(nullable = false)
    public String data;

    /** An event type by its name on the wire ({@code lead.received}), as receivers see it. */
    @Converter
    static class Wire implements AttributeConverter<EventType, String> {

        @Override
        public String convertToDatabaseColumn(EventType type) {
            return type == null ? null : type.wire();
        }

        @Override
        public EventType convertToEntityAttribute(String wire) {
            return wire == null ? null : EventType.ofWire(wire);
        }
    }
}
