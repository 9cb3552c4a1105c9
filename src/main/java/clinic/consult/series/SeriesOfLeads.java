package clinic.consult.series;

import clinic.consult.lead.LeadErased;
import clinic.consult.lead.LeadMerged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * A lead's series follow the lead, in its transaction: to the lead a submission is merged into, and cancelled when
 * the lead is erased (its upcoming infusions are cancelled with its other appointments).
 */
@ApplicationScoped
class SeriesOfLeads {

    private static final Logger LOG = Logger.getLogger(SeriesOfLeads.class);

    private final SeriesRepository series;
    private final Clock clock;

    SeriesOfLeads(SeriesRepository series, Clock clock) {
        this.series = series;
        this.clock = clock;
    }

    void erased(@Observes LeadErased erased) {
        for (var one : series.ofLead(erased.leadId())) {
            one.overrideReason = null;
            if (one.status == SeriesStatus.BOOKED) {
                one.status = SeriesStatus.CANCELLED;
                one.updatedAt = clock.instant();
                LOG.infof("Series %s cancelled: its lead %s was erased", one.id, erased.leadId());
            }
        }
    }

    void merged(@Observes LeadMerged merge) {
        for (var one : series.ofLead(merge.from())) {
            one.leadId = merge.into();
            one.updatedAt = clock.instant();
            LOG.infof("Series %s moved from lead %s to lead %s", one.id, merge.from(), merge.into());
        }
    }
}
