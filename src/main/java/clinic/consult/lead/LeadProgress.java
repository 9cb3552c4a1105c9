package clinic.consult.lead;

import clinic.consult.notification.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * How consultations move a lead along the pipeline: booking one makes it CONSULT_BOOKED, cancelling its last upcoming
 * one sends it back to CONTACTED, holding it makes it CONSULTED or NO_SHOW. Each lands on the timeline.
 */
@ApplicationScoped
public class LeadProgress {

    private static final Logger LOG = Logger.getLogger(LeadProgress.class);

    private final LeadRepository leads;
    private final LeadEventRepository events;
    private final Clock clock;

    LeadProgress(LeadRepository leads, LeadEventRepository events, Clock clock) {
        this.leads = leads;
        this.events = events;
        this.clock = clock;
    }

    /** The location of a lead, for scope checks; empty for an unknown or erased lead. */
    public Optional<String> locationOf(UUID leadId) {
        return leads.findByIdOptional(leadId).filter(lead -> !lead.isErased()).map(lead -> lead.locationId);
    }

    /** How the person's messages reach them; empty once their data is erased. */
    public Optional<Recipient> recipientOf(UUID leadId) {
        return leads.findByIdOptional(leadId).filter(lead -> !lead.isErased()).map(Lead::recipient);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void consultationBooked(UUID leadId, UUID appointmentId, String actor) {
        var lead = lock(leadId);
        if (lead.isErased()) {
            // a lead token issued before the erasure: the booking would bring the person back
            throw new LeadErasedException(leadId);
        }
        if (lead.status != LeadStatus.CONSULT_BOOKED) {
            if (!lead.status.canMoveTo(LeadStatus.CONSULT_BOOKED)) {
                throw new IllegalStatusTransitionException(lead.status, LeadStatus.CONSULT_BOOKED);
            }
            move(lead, LeadStatus.CONSULT_BOOKED, actor);
        }
        record(lead, LeadEvent.Type.CONSULTATION_BOOKED, appointmentId, actor);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void consultationRescheduled(UUID leadId, UUID appointmentId, String actor) {
        record(lock(leadId), LeadEvent.Type.CONSULTATION_RESCHEDULED, appointmentId, actor);
    }

    /** @param anotherUpcoming whether the lead still has a booked consultation ahead */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consultationCancelled(UUID leadId, UUID appointmentId, boolean anotherUpcoming, String actor) {
        var lead = lock(leadId);
        record(lead, LeadEvent.Type.CONSULTATION_CANCELLED, appointmentId, actor);
        if (!anotherUpcoming && lead.status == LeadStatus.CONSULT_BOOKED) {
            move(lead, LeadStatus.CONTACTED, actor);
        }
    }

    /** The consultation took place ({@code attended}) or the person did not come. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consultationHeld(UUID leadId, UUID appointmentId, boolean attended, String actor) {
        var lead = lock(leadId);
        record(lead, LeadEvent.Type.CONSULTATION_HELD, appointmentId, actor);
        var target = attended ? LeadStatus.CONSULTED : LeadStatus.NO_SHOW;
        if (lead.status == LeadStatus.CONSULT_BOOKED) {
            move(lead, target, actor);
        }
    }

    /**
     * A treatment series was booked: the consultation led somewhere, and the lead is converted. A lead whose
     * consultation has not been held yet cannot start one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void treatmentBooked(UUID leadId, UUID seriesId, String actor) {
        var lead = lock(leadId);
        if (lead.isErased()) {
            throw new LeadErasedException(leadId);
        }
        if (lead.status != LeadStatus.CONVERTED) {
            if (!lead.status.canMoveTo(LeadStatus.CONVERTED)) {
                throw new IllegalStatusTransitionException(lead.status, LeadStatus.CONVERTED);
            }
            move(lead, LeadStatus.CONVERTED, actor);
        }
        var event = LeadEvent.of(lead.id, LeadEvent.Type.TREATMENT_BOOKED, actor, clock.instant());
        event.note = "Series " + seriesId;
        events.append(lead, event);
    }

    /** A series changed in a way staff should see on the lead: an infusion moved outside the plan, the rest cancelled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void treatmentChanged(UUID leadId, String note, String actor) {
        var lead = lock(leadId);
        var event = LeadEvent.of(lead.id, LeadEvent.Type.TREATMENT_CHANGED, actor, clock.instant());
        event.note = note;
        events.append(lead, event);
        lead.updatedAt = clock.instant();
    }

    private Lead lock(UUID leadId) {
        return leads.findByIdOptional(leadId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new IllegalStateException("Lead " + leadId + " of a consultation is missing"));
    }

    private void move(Lead lead, LeadStatus target, String actor) {
        var now = clock.instant();
        var event = LeadEvent.of(lead.id, LeadEvent.Type.STATUS_CHANGED, actor, now);
        event.fromStatus = lead.status;
        event.toStatus = target;
        events.append(lead, event);
        lead.moveTo(target, now);
        LOG.infof("Lead %s moved to %s by its appointments", lead.id, target);
    }

    private void record(Lead lead, LeadEvent.Type type, UUID appointmentId, String actor) {
        var now = clock.instant();
        var event = LeadEvent.of(lead.id, type, actor, now);
        event.note = "Appointment " + appointmentId;
        events.append(lead, event);
        lead.updatedAt = now;
    }
}
