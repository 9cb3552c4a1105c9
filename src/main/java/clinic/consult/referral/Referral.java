package clinic.consult.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An invitation from a referrer to someone who might want a consultation. */
@Entity
@Table(name = "referrals")
public class Referral {

    /** Whether the invitee gets an email for this referral. */
    public enum Invitation {
        /** Sent once, through the notification outbox. */
        PENDING,
        /** The invitee was already invited within 30 days: they are not contacted again. */
        NOT_SENT
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Relationship relationship;

    public String referrerName;
    public String referrerEmail;
    public String inviteeFirstName;
    public String inviteeEmail;
    public String inviteeEmailNormalized;
    public String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Invitation invitation;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant erasedAt;

    void scrub(Instant at) {
        referrerName = null;
        referrerEmail = null;
        inviteeFirstName = null;
        inviteeEmail = null;
        inviteeEmailNormalized = null;
        note = null;
        erasedAt = at;
    }
}
