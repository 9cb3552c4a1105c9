package clinic.consult.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A short link in a text: a random code for an appointment's manage page at one sequence (V15__texts.sql). */
@Entity
@Table(name = "short_links")
public class ShortLink {

    @Id
    public String code;

    @Column(nullable = false)
    public UUID appointmentId;

    public int sequence;

    @Column(nullable = false)
    public Instant expiresAt;
}
