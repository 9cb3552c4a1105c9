package clinic.consult.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message in the outbox, an email or a text (V6__notifications.sql and V15__texts.sql say what each column means). */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel = Channel.EMAIL;

    public String recipient;
    public UUID leadId;
    public String locationId;
    public UUID appointmentId;
    public UUID referralId;
    public UUID waitlistEntryId;
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

    /** A text's message SID at Twilio, and the last status Twilio reported. */
    public String providerId;

    public String providerStatus;

    /** The SMS segments a text took. */
    public Integer segments;

    /**
     * What Twilio reported of this text: its id and status (a later one never replaced by an earlier one arriving
     * late); SENT once Twilio took it; FAILED when it will never reach the phone.
     *
     * @return whether this report just made the text undeliverable
     */
    boolean reported(String providerId, String status, String error, java.time.Instant at) {
        this.providerId = providerId;
        if (TextStatus.rank(status) >= TextStatus.rank(this.providerStatus)) {
            this.providerStatus = status;
        }
        if (this.status == NotificationStatus.PENDING && TextStatus.accepted(status)) {
            this.status = NotificationStatus.SENT;
            this.sentAt = at;
            this.lastError = null;
            this.claimToken = null;
        } else if (TextStatus.undeliverable(status)
                && (this.status == NotificationStatus.SENT || this.status == NotificationStatus.PENDING)) {
            this.status = NotificationStatus.FAILED;
            this.sentAt = null;
            this.lastError = "Twilio: " + status + (error == null ? "" : " (" + error + ")") + "; by email instead";
            this.claimToken = null;
            return true;
        }
        return false;
    }
}
