package clinic.consult.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a lead's timeline. */
@Entity
@Table(name = "lead_events")
public class LeadEvent {

    public enum Type {
        RECEIVED,
        /** Written by the merge of a returning person's submission until 2026-12; no longer written. */
        RESUBMITTED,
        STATUS_CHANGED,
        REASSIGNED,
        NOTE,
        ERASED,
        CONSULTATION_BOOKED,
        CONSULTATION_RESCHEDULED,
        CONSULTATION_CANCELLED,
        CONSULTATION_HELD,
        /** Staff booked a treatment series (the note names it). */
        TREATMENT_BOOKED,
        /** Staff moved an infusion outside its plan or cancelled the rest of a series (the note says which, and why). */
        TREATMENT_CHANGED,
        /** On a lead: staff merged another submission of the person into it (the note says which, and what came). */
        MERGED,
        /** On a submission: staff merged it into the person's lead. */
        MERGED_INTO,
        /** On a submission: staff found it is not the person of the lead it was linked to. */
        SPLIT,
        /** The person's number opted out of texts (a keyword, the provider's report, or staff over the phone). */
        TEXTS_OPTED_OUT,
        /** The person's number opted back in to texts. */
        TEXTS_OPTED_IN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_events_id")
    @SequenceGenerator(name = "lead_events_id", sequenceName = "lead_events_id_seq", allocationSize = 20)
    public Long id;

    @Column(nullable = false)
    public UUID leadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Type type;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    public LeadStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public LeadStatus toStatus;

    public String locationId;
    public String note;

    public static LeadEvent of(UUID leadId, Type type, String actor, Instant at) {
        var event = new LeadEvent();
        event.leadId = leadId;
        event.type = type;
        event.actor = actor;
        event.at = at;
        return event;
    }
}
