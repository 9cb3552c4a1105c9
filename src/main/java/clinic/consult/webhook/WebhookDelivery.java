package clinic.consult.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One event to one subscription: a row of the webhook outbox (see V10__webhooks.sql). The workers claim and record
 * them with statements of their own ({@link DeliveryRepository}); {@code seq} is the database's.
 */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDelivery {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(nullable = false)
    public UUID eventId;

    @Column(nullable = false)
    public UUID subscriptionId;

    public UUID leadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    public int attempts;

    @Column(nullable = false)
    public Instant nextAttemptAt;

    public Instant lastAttemptAt;

    /** The claim of the worker that holds it, while one does. */
    public UUID claimToken;

    @Column(name = "last_status")
    public Integer lastStatusCode;

    public Integer lastLatencyMs;
    public String lastError;
    public Instant deliveredAt;

    @Column(nullable = false)
    public Instant createdAt;

    /** A new delivery of an event, due now. */
    static WebhookDelivery of(UUID eventId, UUID subscriptionId, UUID leadId, Instant now) {
        var delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.eventId = eventId;
        delivery.subscriptionId = subscriptionId;
        delivery.leadId = leadId;
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        return delivery;
    }
}
