package clinic.consult.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A signing secret ({@code whsec_...}) of a subscription: the current one has no end; after a rotation the previous
 * one signs beside it until its end.
 */
@Entity
@Table(name = "webhook_secrets")
public class WebhookSecret {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID subscriptionId;

    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant endsAt;
}
