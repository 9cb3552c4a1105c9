package clinic.consult.waitlist;

import clinic.consult.lead.LeadProgress;
import clinic.consult.notification.Message;
import clinic.consult.notification.NotificationType;
import clinic.consult.notification.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Locale;

/**
 * What the waitlist tells, in the change's transaction: the person (joined, an offer, in their language and channel,
 * through the outbox) and, once committed, the metrics ({@code consult_waitlist_offers_total{outcome}}).
 */
@ApplicationScoped
class WaitlistNews {

    private final LeadProgress leads;
    private final Outbox outbox;
    private final Event<OfferOutcome> outcomes;
    private final MeterRegistry metrics;

    WaitlistNews(LeadProgress leads, Outbox outbox, Event<OfferOutcome> outcomes, MeterRegistry metrics) {
        this.leads = leads;
        this.outbox = outbox;
        this.outcomes = outcomes;
        this.metrics = metrics;
    }

    void joined(WaitlistEntry entry) {
        leads.recipientOf(entry.leadId)
                .ifPresent(person -> outbox.toPerson(
                        Message.aboutWaitlist(
                                NotificationType.WAITLIST_JOINED, entry.leadId, entry.locationId, entry.id, null, null),
                        person));
    }

    /** The offer's message goes when its window opens (after quiet hours, for one made at night). */
    void offered(WaitlistEntry entry, WaitlistOffer offer) {
        leads.recipientOf(entry.leadId)
                .ifPresent(person -> outbox.toPerson(
                        Message.aboutWaitlist(
                                NotificationType.WAITLIST_OFFER,
                                entry.leadId,
                                entry.locationId,
                                entry.id,
                                offer.startAt,
                                offer.endAt),
                        person,
                        offer.offeredAt));
        outcomes.fire(new OfferOutcome(OfferStatus.OPEN));
    }

    void answered(WaitlistOffer offer) {
        outcomes.fire(new OfferOutcome(offer.status));
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferOutcome outcome) {
        var name = outcome.status() == OfferStatus.OPEN
                ? "offered"
                : outcome.status().name().toLowerCase(Locale.ROOT);
        metrics.counter("consult.waitlist.offers", "outcome", name).increment();
    }
}
