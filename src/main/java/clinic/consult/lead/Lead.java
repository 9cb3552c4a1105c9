package clinic.consult.lead;

import clinic.consult.contact.Language;
import clinic.consult.notification.Recipient;
import clinic.consult.routing.RoutingReason;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A consultation request. Every personal field is protected health information. */
@Entity
@Table(name = "leads")
public class Lead {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LeadStatus status;

    public String firstName;
    public String lastName;
    public String email;
    public String emailNormalized;
    public String phone;
    public String zipCode;
    public Double latitude;
    public Double longitude;
    public String preferredLocationId;

    @Enumerated(EnumType.STRING)
    public ConsultationMode consultationMode;

    @Convert(converter = ConditionsConverter.class)
    public Set<Condition> conditions = EnumSet.noneOf(Condition.class);

    @Enumerated(EnumType.STRING)
    public PreferredContact preferredContact;

    public Language language = Language.EN;

    public String message;

    public Boolean consentContact;
    public Boolean consentSms;
    public String privacyNoticeVersion;
    public Instant consentAt;
    public String consentIp;
    public String consentUserAgent;

    @Enumerated(EnumType.STRING)
    public LeadChannel sourceChannel;

    public String sourcePageUrl;
    public String sourceReferrer;
    public String utmSource;
    public String utmMedium;
    public String utmCampaign;
    public String utmTerm;
    public String utmContent;
    public String referralCode;
    public UUID referralId;

    @Column(nullable = false)
    public String locationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoutingReason routingReason;

    public Double routingDistanceMiles;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    public Instant closedAt;
    public Instant erasedAt;

    /** The open lead of the same email or phone this submission arrived beside, until staff merge or split them. */
    public UUID possibleDuplicateOf;

    /** The lead staff merged this submission into. */
    public UUID mergedInto;

    @Version
    public long version;

    /**
     * Removes every personal field, on request or by retention. What remains (status, location, routing, times,
     * attribution campaign) keeps the counts and the audit trail whole and names nobody.
     */
    public void scrub(Instant at) {
        firstName = null;
        lastName = null;
        email = null;
        emailNormalized = null;
        phone = null;
        zipCode = null;
        latitude = null;
        longitude = null;
        conditions = EnumSet.noneOf(Condition.class);
        message = null;
        consentIp = null;
        consentUserAgent = null;
        sourcePageUrl = null;
        sourceReferrer = null;
        erasedAt = at;
        updatedAt = at;
    }

    /** How the outbox reaches the person: texts only if they chose them and consented on their form. */
    public Recipient recipient() {
        return new Recipient(email, phone, preferredContact == PreferredContact.SMS && Boolean.TRUE.equals(consentSms));
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** Moves the lead, keeping {@code closedAt} in step with whether it is still being worked. */
    public void moveTo(LeadStatus target, Instant at) {
        status = target;
        closedAt = target.isOpen() ? null : at;
        updatedAt = at;
    }
}
