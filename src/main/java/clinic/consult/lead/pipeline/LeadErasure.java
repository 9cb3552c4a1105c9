package clinic.consult.lead.pipeline;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.lead.Lead;
import clinic.consult.lead.LeadErased;
import clinic.consult.lead.LeadEvent;
import clinic.consult.lead.LeadEventRepository;
import clinic.consult.lead.LeadRepository;
import clinic.consult.notification.NotificationService;
import clinic.consult.referral.ReferralService;
import clinic.consult.security.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Removes a lead's personal data everywhere the service keeps it: on request (staff) and by retention. The row, its
 * status history and the audit trail stay; features that keep more about the lead hear of it ({@link LeadErased}).
 */
@ApplicationScoped
public class LeadErasure {

    private static final Logger LOG = Logger.getLogger(LeadErasure.class);

    private final LeadRepository leads;
    private final LeadEventRepository events;
    private final LeadAccess access;
    private final ReferralService referrals;
    private final NotificationService notifications;
    private final AuditService audit;
    private final Event<LeadErased> erased;
    private final Clock clock;

    LeadErasure(
            LeadRepository leads,
            LeadEventRepository events,
            LeadAccess access,
            ReferralService referrals,
            NotificationService notifications,
            AuditService audit,
            Event<LeadErased> erased,
            Clock clock) {
        this.leads = leads;
        this.events = events;
        this.access = access;
        this.referrals = referrals;
        this.notifications = notifications;
        this.audit = audit;
        this.erased = erased;
        this.clock = clock;
    }

    /**
     * Erasure on request: personal data goes, the row, its status history and the audit trail stay. The submissions
     * staff merged into the lead are the same person's: they go too. Possible duplicates not merged may be someone
     * else, and stay.
     */
    @Transactional
    public void erase(UUID id, Staff staff) {
        var lead = access.find(id, staff);
        var now = clock.instant();
        if (!lead.isErased()) {
            scrub(lead, staff.subject(), now);
            audit.record(staff, AuditAction.LEAD_ERASED, id, null);
            LOG.infof("Lead %s erased on request", id);
        }
        for (var merged : leads.linkedTo(id)) {
            if (id.equals(merged.mergedInto) && !merged.isErased()) {
                scrub(merged, staff.subject(), now);
                audit.record(staff, AuditAction.LEAD_ERASED, merged.id, "merged into " + id);
                LOG.infof("Lead %s erased on request with lead %s, which it was merged into", merged.id, id);
            }
        }
    }

    /** One lead's personal data, in the caller's transaction; retention calls it too. */
    void scrub(Lead lead, String actor, Instant now) {
        lead.scrub(now);
        erased.fire(new LeadErased(lead.id, actor));
        events.forgetNotes(lead.id);
        notifications.forgetLead(lead.id);
        if (lead.referralId != null) {
            referrals.forgetInvitee(lead.referralId);
        }
        events.append(lead, LeadEvent.of(lead.id, LeadEvent.Type.ERASED, actor, now));
    }
}
