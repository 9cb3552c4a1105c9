package clinic.consult.lead.pipeline;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.http.Versioned;
import clinic.consult.lead.Lead;
import clinic.consult.lead.LeadErasedException;
import clinic.consult.lead.LeadEventRepository;
import clinic.consult.lead.LeadRepository;
import clinic.consult.problem.NotFoundException;
import clinic.consult.referral.ReferralService;
import clinic.consult.security.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/**
 * How staff reach a lead, and what they see of it. A token limited to some locations finds no lead of the others: the
 * answer is the 404 of an id that does not exist, and both cost the same (one look-up, one audit line of the refusal
 * in a transaction of its own), so neither the answer nor its time tells a scoped caller that the lead exists.
 */
@ApplicationScoped
class LeadAccess {

    private final LeadRepository leads;
    private final LeadEventRepository events;
    private final ReferralService referrals;
    private final AuditService audit;

    LeadAccess(LeadRepository leads, LeadEventRepository events, ReferralService referrals, AuditService audit) {
        this.leads = leads;
        this.events = events;
        this.referrals = referrals;
        this.audit = audit;
    }

    /** The lead, if the caller may see it; else a 404, the refusal audited. */
    Lead find(UUID id, Staff staff) {
        return visible(id, staff, LockModeType.NONE).orElseThrow(() -> new NotFoundException("Lead", id));
    }

    /** The lead, locked for a change; a 404 as for reading, and a 409 once it is erased. */
    Lead findToChange(UUID id, Staff staff) {
        var lead =
                visible(id, staff, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new NotFoundException("Lead", id));
        if (lead.isErased()) {
            throw new LeadErasedException(id);
        }
        return lead;
    }

    /** The lead if the caller may see it, locked as asked; an absent or out-of-scope one is audited as refused. */
    Optional<Lead> visible(UUID id, Staff staff, LockModeType lock) {
        var lead = leads.findByIdOptional(id, lock);
        if (lead.isEmpty()) {
            audit.recordRefusal(staff, AuditAction.LEAD_ACCESS_DENIED, id, "no such lead");
            return Optional.empty();
        }
        if (!staff.mayWorkAt(lead.get().locationId)) {
            audit.recordRefusal(staff, AuditAction.LEAD_ACCESS_DENIED, id, "outside the token's locations");
            return Optional.empty();
        }
        return lead;
    }

    /** Everything staff see of a lead, with its version for {@code ETag}. */
    Versioned<LeadDetails> details(Lead lead) {
        var referral = lead.referralId == null
                ? null
                : referrals.summary(lead.referralId).orElse(null);
        return new Versioned<>(
                LeadDetails.of(lead, events.timeline(lead.id), referral, leads.linkedTo(lead.id)), lead.version);
    }
}
