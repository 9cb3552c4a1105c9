package clinic.consult.notification.text;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a number's consent to texts after its form recorded it (V15__texts.sql). */
@Entity
@Table(name = "text_consent_events")
public class TextConsentEvent {

    /** How the change reached the clinic. */
    public enum Source {
        /** The person texted a keyword. */
        KEYWORD,
        /** Twilio refused texts to the number for good: the person opted out with it, or it cannot take texts. */
        PROVIDER,
        /** Staff recorded what the person said on the phone or wrote by email. */
        STAFF
    }

    /** In the order the changes were recorded: the newest decides, even within one instant. */
    @Id
    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String phone;

    public boolean optedIn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    /** The keyword, the provider's error code, or the staff member's subject. */
    public String detail;

    @Column(nullable = false)
    public Instant at;
}
