package clinic.consult.lead.intake;

import clinic.consult.contact.EmailAddress;
import clinic.consult.contact.PhoneNumber;
import clinic.consult.db.Sql;
import clinic.consult.lead.ConsultationMode;
import clinic.consult.lead.Lead;
import clinic.consult.lead.LeadEvent;
import clinic.consult.lead.LeadReceived;
import clinic.consult.lead.LeadRepository;
import clinic.consult.lead.LeadStatus;
import clinic.consult.lead.LeadTokens;
import clinic.consult.lead.PreferredContact;
import clinic.consult.location.LocationService;
import clinic.consult.location.LocationView;
import clinic.consult.notification.Outbox;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.Problem;
import clinic.consult.referral.ReferralService;
import clinic.consult.routing.GeoPoint;
import clinic.consult.routing.Router;
import clinic.consult.routing.RoutingDecision;
import clinic.consult.routing.RoutingRequest;
import clinic.consult.routing.RoutingService;
import clinic.consult.schedule.AppointmentType;
import clinic.consult.slot.SoonestSlots;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Takes consultation requests: validates what Bean Validation cannot, routes, and stores each submission as a lead
 * of its own. A returning person's submission (same email or phone as an open lead) is linked to that lead as a
 * possible duplicate and changes nothing of it: anyone can type someone else's email, so only staff may merge the two
 * ({@link clinic.consult.lead.pipeline.LeadDuplicates}). Honeypot submissions are filed as spam. What it answers depends only on this submission.
 */
@ApplicationScoped
public class LeadIntakeService {

    private static final Logger LOG = Logger.getLogger(LeadIntakeService.class);
    static final String PUBLIC_ACTOR = "public-form";

    private final LeadRepository leads;
    private final LocationService locations;
    private final RoutingService routing;
    private final ReferralService referrals;
    private final RecentLeadCounts recentLeadCounts;
    private final SoonestSlots soonestSlots;
    private final MeterRegistry metrics;
    private final LeadTokens tokens;
    private final Outbox outbox;
    private final Event<LeadReceived> received;
    private final Clock clock;

    LeadIntakeService(
            LeadRepository leads,
            LocationService locations,
            RoutingService routing,
            ReferralService referrals,
            RecentLeadCounts recentLeadCounts,
            SoonestSlots soonestSlots,
            MeterRegistry metrics,
            LeadTokens tokens,
            Outbox outbox,
            Event<LeadReceived> received,
            Clock clock) {
        this.leads = leads;
        this.locations = locations;
        this.routing = routing;
        this.referrals = referrals;
        this.recentLeadCounts = recentLeadCounts;
        this.soonestSlots = soonestSlots;
        this.metrics = metrics;
        this.tokens = tokens;
        this.outbox = outbox;
        this.received = received;
        this.clock = clock;
    }

    @Transactional
    public LeadReceipt receive(LeadRequest request, ClientInfo client) {
        return receive(request, client, true);
    }

    /**
     * A request that comes with a booking: the same, except that the person gets the booking's confirmation instead
     * of a receipt.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LeadReceipt receiveForBooking(LeadRequest request, ClientInfo client) {
        return receive(request, client, false);
    }

    private LeadReceipt receive(LeadRequest request, ClientInfo client, boolean sendReceipt) {
        // one read of the locations serves validation, routing and the answer
        var allLocations = locations.listRecent();
        checkAcrossFields(request, allLocations);
        var now = clock.instant();
        var place = routing.placeOf(request.latitude(), request.longitude(), request.zipCode());
        var virtual = request.consultationMode() == ConsultationMode.VIRTUAL;
        var decision = routing.route(
                new RoutingRequest(request.preferredLocationId(), place, virtual),
                allLocations.stream()
                        .map(l -> new Router.Candidate(
                                l.id(), l.latitude() == null ? null : new GeoPoint(l.latitude(), l.longitude())))
                        .toList(),
                ids -> soonestSlots.of(virtual ? AppointmentType.Mode.VIRTUAL : AppointmentType.Mode.IN_PERSON, ids),
                recentLeadCounts::of);

        var email = EmailAddress.normalize(request.email());
        var phone = PhoneNumber.toE164(request.phone()).orElseThrow();
        Lead lead;
        if (isHoneypotFilled(request)) {
            lead = create(request, client, email, phone, decision, LeadStatus.SPAM, null, now, false);
            metrics.counter("consult.leads.spam").increment();
            LOG.infof("Lead %s filed as spam (honeypot)", lead.id);
        } else {
            var samePerson = leads.lockPersonAndFindTheirLead(email, phone);
            lead = create(
                    request, client, email, phone, decision, LeadStatus.NEW, samePerson.orElse(null), now, sendReceipt);
            recentLeadCounts.routedTo(lead.locationId);
            if (samePerson.isPresent()) {
                metrics.counter("consult.leads.possible.duplicates").increment();
                LOG.infof(
                        "Lead %s received, routed to %s (%s), possible duplicate of lead %s",
                        lead.id, lead.locationId, decision.reason(), samePerson.get());
            } else {
                LOG.infof("Lead %s received, routed to %s (%s)", lead.id, lead.locationId, decision.reason());
            }
        }
        metrics.counter(
                        "consult.leads.received",
                        "channel",
                        channelOf(request),
                        "routing_reason",
                        decision.reason().name())
                .increment();
        var location = allLocations.stream()
                .filter(l -> l.id().equals(decision.locationId()))
                .findFirst()
                .orElseThrow();
        return new LeadReceipt(
                lead.id,
                now,
                new LeadReceipt.LocationSummary(location.id(), location.name(), location.phone()),
                new LeadReceipt.Routing(decision.reason(), decision.distanceMiles()),
                tokens.issue(lead.id));
    }

    private static void checkAcrossFields(LeadRequest request, List<LocationView> allLocations) {
        var errors = new ArrayList<Problem.FieldError>();
        if (request.preferredLocationId() != null
                && allLocations.stream().noneMatch(l -> l.id().equals(request.preferredLocationId()))) {
            errors.add(Problem.FieldError.notOneOf(
                    "preferredLocationId",
                    "a location",
                    allLocations.stream().map(LocationView::id).toList()));
        }
        errors.addAll(GeoPoint.missingHalf(request.latitude(), request.longitude()));
        if (request.preferredContact() == PreferredContact.SMS
                && !Boolean.TRUE.equals(request.consent().sms())) {
            errors.add(new Problem.FieldError("consent.sms", "must be true when the preferred contact is SMS"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    private Lead create(
            LeadRequest request,
            ClientInfo client,
            String email,
            String phone,
            RoutingDecision decision,
            LeadStatus status,
            UUID possibleDuplicateOf,
            Instant now,
            boolean sendReceipt) {
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
        // spam is filed, never answered nor announced; the rest is written with the lead, in its statement
        var alongside = new ArrayList<Sql.Part>();
        if (status != LeadStatus.SPAM) {
            outbox.leadReceived(lead.id, lead.locationId, lead.email, sendReceipt)
                    .ifPresent(alongside::add);
            var news = LeadReceived.of(lead);
            received.fire(news);
            alongside.addAll(news.alongside());
        }
        leads.insertReceived(lead, firstEvent, alongside);
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
