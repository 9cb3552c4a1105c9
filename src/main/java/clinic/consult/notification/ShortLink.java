package clinic.consult.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A short link in a text: a random code for an appointment's manage page at one sequence, or for a waitlist
 * entry's page (V15__texts.sql, V21__waitlist.sql). */
@Entity
@Table(name = "short_links")
public class ShortLink {

    @Id
    public String code;

    /** The appointment whose manage page it opens, or null for a waitlist entry's page. */
    public UUID appointmentId;

    public UUID waitlistEntryId;

    public int sequence;

    @Column(nullable = false)
    public Instant expiresAt;
}
