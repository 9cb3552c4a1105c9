package clinic.consult.hold;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A seat kept for someone finishing a form. Counts until it expires or is released (or consumed by a booking). */
@Entity
@Table(name = "holds")
public class Hold {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String locationId;

    @Column(nullable = false)
    public String appointmentTypeId;

    @Column(nullable = false)
    public Instant startAt;

    @Column(nullable = false)
    public Instant endAt;

    @Column(nullable = false)
    public Instant blocksUntil;

    @Column(nullable = false)
    public Instant expiresAt;

    public Instant releasedAt;

    /** A keyed hash of the client's address, to count its live holds; never the address itself. */
    public String clientKey;

    @Column(nullable = false)
    public Instant createdAt;

    boolean isLive(Instant now) {
        return releasedAt == null && expiresAt.isAfter(now);
    }
}
