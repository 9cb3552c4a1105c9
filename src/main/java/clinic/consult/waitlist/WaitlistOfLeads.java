package clinic.consult.waitlist;

import clinic.consult.lead.LeadErased;
import clinic.consult.lead.LeadMerged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * A lead's waitlist entries follow the lead, in its change's transaction: merged into another lead, they go with it;
 * erased, they leave their lines (an offered seat is given back), since nobody can be written to any more.
 */
@ApplicationScoped
class WaitlistOfLeads {

    private static final Logger LOG = Logger.getLogger(WaitlistOfLeads.class);

    private final WaitlistRepository entries;
    private final WaitlistService waitlist;
    private final Clock clock;

    WaitlistOfLeads(WaitlistRepository entries, WaitlistService waitlist, Clock clock) {
        this.entries = entries;
        this.waitlist = waitlist;
        this.clock = clock;
    }

    void erase(@Observes LeadErased erased) {
        for (var entry : entries.ofLead(erased.leadId())) {
            if (entry.status.inLine()) {
                waitlist.withdraw(entry);
                entry.status = WaitlistStatus.LEFT;
                entry.updatedAt = clock.instant();
                LOG.infof("Waitlist entry %s left: lead %s erased", entry.id, erased.leadId());
            }
        }
    }

    void moveWith(@Observes LeadMerged merge) {
        for (var entry : entries.ofLead(merge.from())) {
            entry.leadId = merge.into();
            entry.updatedAt = clock.instant();
            LOG.infof("Waitlist entry %s moved from lead %s to lead %s", entry.id, merge.from(), merge.into());
        }
    }
}
