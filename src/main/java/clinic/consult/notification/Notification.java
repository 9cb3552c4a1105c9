package clinic.consult.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One email in the outbox (see V6__notifications.sql for what each column means). */
@Entity
@Table(name = "notifications")
public class Notification {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationStatus status;

    public String recipient;
    public UUID leadId;
    public String locationId;
    public UUID appointmentId;
    public UUID referralId;
    public Integer sequence;
    public Instant startsAt;
    public Instant endsAt;

    @Column(nullable = false)
    public String messageId;

    public int attempts;

    @Column(nullable = false)
    public Instant nextAttemptAt;

    public Instant lastAttemptAt;
    public String lastError;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant sentAt;

    /** The claim of the worker that holds it, while one does. */
    public UUID claimToken;
}
