package clinic.consult.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The first response to a request that carried an {@code Idempotency-Key}. */
@Entity
@Table(name = "idempotency_keys")
public class IdempotencyRecord {

    @Embeddable
    public record Key(String scope, @Column(name = "idempotency_key") String idempotencyKey) implements Serializable {}

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public String requestHash;

    public Integer responseStatus;
    public String responseBody;
    public String responseLocation;

    @Column(nullable = false)
    public Instant createdAt;
}
