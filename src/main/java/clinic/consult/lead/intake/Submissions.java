package clinic.consult.lead.intake;

import clinic.consult.lead.Lead;
import clinic.consult.lead.LeadEvent;
import clinic.consult.lead.LeadReceived;
import clinic.consult.lead.LeadRepository;
import clinic.consult.lead.LeadStatus;
import clinic.consult.notification.Outbox;
import clinic.consult.referral.ReferralService;
import clinic.consult.routing.RoutingDecision;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Files each submission as a lead of its own, in the caller's transaction: the lead and its first timeline entry,
 * its messages in the outbox, and {@link LeadReceived} for the features that tell others (webhooks). A honeypot
 * submission is filed as spam and neither answered nor announced. A returning person's submission (same email or
 * phone as an open lead) is linked to that lead as a possible duplicate and changes nothing of it: anyone can type
 * someone else's email, so only staff may merge the two.
 */
@ApplicationScoped
class Submissions {

    private static final Logger LOG = Logger.getLogger(Submissions.class);
    static final String PUBLIC_ACTOR = "public-form";

    private final LeadRepository leads;
    private final ReferralService referrals;
    private final Outbox outbox;
    private final Event<LeadReceived> received;
    private final MeterRegistry metrics;

    Submissions(
            LeadRepository leads,
            ReferralService referrals,
            Outbox outbox,
            Event<LeadReceived> received,
            MeterRegistry metrics) {
        this.leads = leads;
        this.referrals = referrals;
        this.outbox = outbox;
        this.received = received;
        this.metrics = metrics;
    }

    /**
     * @param email the email as normalised for matching
     * @param phone the phone in E.164
     * @param sendReceipt false when a booking's confirmation tells the person instead
     */
    Lead file(
            LeadRequest request,
            ClientInfo client,
            String email,
            String phone,
            RoutingDecision decision,
            Instant now,
            boolean sendReceipt) {
        if (isHoneypotFilled(request)) {
            var lead = store(request, client, email, phone, decision, LeadStatus.SPAM, null, now);
            metrics.counter("consult.leads.spam").increment();
            LOG.infof("Lead %s filed as spam (honeypot)", lead.id);
            return counted(lead, request, decision);
        }
        var samePerson = leads.lockPersonAndFindTheirLead(email, phone);
        var lead = store(request, client, email, phone, decision, LeadStatus.NEW, samePerson.orElse(null), now);
        outbox.leadReceived(lead.id, lead.locationId, lead.recipient(), sendReceipt);
        received.fire(LeadReceived.of(lead));
        if (samePerson.isPresent()) {
            metrics.counter("consult.leads.possible.duplicates").increment();
            LOG.infof(
                    "Lead %s received, routed to %s (%s), possible duplicate of lead %s",
                    lead.id, lead.locationId, decision.reason(), samePerson.get());
        } else {
            LOG.infof("Lead %s received, routed to %s (%s)", lead.id, lead.locationId, decision.reason());
        }
        return counted(lead, request, decision);
    }

    private Lead store(
            LeadRequest request,
            ClientInfo client,
            String email,
            String phone,
            RoutingDecision decision,
            LeadStatus status,
            UUID possibleDuplicateOf,
            Instant now) {
        var lead = NewLead.of(request, client, email, phone, now);
        lead.status = status;
        lead.referralId = referrals.idOfCode(request.referralCode()).orElse(null);
        lead.locationId = decision.locationId();
        lead.routingReason = decision.reason();
        lead.routingDistanceMiles = decision.distanceMiles();
        lead.closedAt = status.isOpen() ? null : now;
        lead.possibleDuplicateOf = possibleDuplicateOf;
        var firstEvent = LeadEvent.of(lead.id, LeadEvent.Type.RECEIVED, PUBLIC_ACTOR, now);
        firstEvent.toStatus = status;
        firstEvent.locationId = lead.locationId;
        leads.persistReceived(lead, firstEvent);
        return lead;
    }

    private Lead counted(Lead lead, LeadRequest request, RoutingDecision decision) {
        metrics.counter(
                        "consult.leads.received",
                        "channel",
                        channelOf(request),
                        "routing_reason",
                        decision.reason().name())
                .increment();
        return lead;
    }

    private static boolean isHoneypotFilled(LeadRequest request) {
        return request.website() != null && !request.website().isBlank();
    }

    private static String channelOf(LeadRequest request) {
        return request.source() == null || request.source().channel() == null
                ? "unknown"
                : request.source().channel().name().toLowerCase(Locale.ROOT);
    }
}
