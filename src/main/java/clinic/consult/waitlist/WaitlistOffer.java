package clinic.consult.waitlist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One seat kept for one entry (a hold) until {@code expiresAt}; its message goes at {@code offeredAt}. */
@Entity
@Table(name = "waitlist_offers")
public class WaitlistOffer {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID entryId;

    @Column(nullable = false)
    public UUID holdId;

    @Column(nullable = false)
    public Instant startAt;

    @Column(nullable = false)
    public Instant endAt;

    @Column(nullable = false)
    public Instant offeredAt;

    @Column(nullable = false)
    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OfferStatus status;

    public UUID appointmentId;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant answeredAt;
}
