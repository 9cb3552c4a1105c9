package clinic.consult.lead;

import clinic.consult.availability.AppointmentType;
import clinic.consult.availability.SoonestSlots;
import clinic.consult.contact.EmailAddress;
import clinic.consult.contact.PhoneNumber;
import clinic.consult.db.AdvisoryLocks;
import clinic.consult.location.LocationService;
import clinic.consult.location.LocationView;
import clinic.consult.notification.Outbox;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.Problem;
import clinic.consult.referral.ReferralService;
import clinic.consult.routing.GeoPoint;
import clinic.consult.routing.RoutingDecision;
import clinic.consult.routing.RoutingReason;
import clinic.consult.routing.RoutingRequest;
import clinic.consult.routing.RoutingService;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Takes consultation requests: validates what Bean Validation cannot, routes, merges a returning person into their
 * open lead, and files honeypot submissions as spam. What it answers depends only on this submission.
 */
@ApplicationScoped
public class LeadIntakeService {

    private static final Logger LOG = Logger.getLogger(LeadIntakeService.class);
    static final String PUBLIC_ACTOR = "public-form";

    private final LeadRepository leads;
    private final AdvisoryLocks locks;
    private final LeadEventRepository events;
    private final LocationService locations;
    private final RoutingService routing;
    private final ReferralService referrals;
    private final RecentLeadCounts recentLeadCounts;
    private final SoonestSlots soonestSlots;
    private final MeterRegistry metrics;
    private final LeadTokens tokens;
    private final Outbox outbox;
    private final Clock clock;

    LeadIntakeService(
            LeadRepository leads,
            AdvisoryLocks locks,
            LeadEventRepository events,
            LocationService locations,
            RoutingService routing,
            ReferralService referrals,
            RecentLeadCounts recentLeadCounts,
            SoonestSlots soonestSlots,
            MeterRegistry metrics,
            LeadTokens tokens,
            Outbox outbox,
            Clock clock) {
        this.leads = leads;
        this.locks = locks;
        this.events = events;
        this.locations = locations;
        this.routing = routing;
        this.referrals = referrals;
        this.recentLeadCounts = recentLeadCounts;
        this.soonestSlots = soonestSlots;
        this.metrics = metrics;
        this.tokens = tokens;
        this.outbox = outbox;
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
                allLocations,
                ids -> soonestSlots.of(virtual ? AppointmentType.Mode.VIRTUAL : AppointmentType.Mode.IN_PERSON, ids),
                recentLeadCounts::of);

        var email = EmailAddress.normalize(request.email());
        var phone = PhoneNumber.toE164(request.phone()).orElseThrow();
        Lead lead;
        if (isHoneypotFilled(request)) {
            lead = create(request, client, email, phone, decision, LeadStatus.SPAM, now);
            metrics.counter("consult.leads.spam").increment();
            LOG.infof("Lead %s filed as spam (honeypot)", lead.id);
        } else {
            // one person's concurrent submissions take turns, across instances
            locks.lock(List.of("lead-email:" + email, "lead-phone:" + phone));
            var existing = leads.findOpenByEmailOrPhone(email, phone);
            if (existing.isPresent()) {
                lead = leads.findById(existing.get());
                merge(lead, request, client, decision, now);
                metrics.counter("consult.leads.merged").increment();
                LOG.infof("Lead %s resubmitted", lead.id);
            } else {
                lead = create(request, client, email, phone, decision, LeadStatus.NEW, now);
                outbox.leadReceived(lead.id, lead.locationId, lead.email, sendReceipt);
                recentLeadCounts.routedTo(lead.locationId);
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
            errors.add(new Problem.FieldError(
                    "preferredLocationId", "is not a location: use tustin, san-juan-capistrano or seal-beach"));
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
            Instant now) {
        var lead = new Lead();
        lead.id = UUID.randomUUID();
        lead.status = status;
        lead.firstName = request.firstName().strip();
        lead.lastName = request.lastName().strip();
        lead.email = request.email().strip();
        lead.emailNormalized = email;
        lead.phone = phone;
        lead.zipCode = request.zipCode();
        lead.latitude = request.latitude();
        lead.longitude = request.longitude();
        lead.preferredLocationId = request.preferredLocationId();
        lead.consultationMode = request.consultationMode();
        lead.conditions = conditionsOf(request);
        lead.preferredContact = request.preferredContact();
        lead.message = blankToNull(request.message());
        recordConsent(lead, request, client, now);
        if (request.source() != null) {
            var source = request.source();
            lead.sourceChannel = source.channel();
            lead.sourcePageUrl = source.pageUrl();
            lead.sourceReferrer = source.referrer();
            lead.utmSource = source.utmSource();
            lead.utmMedium = source.utmMedium();
            lead.utmCampaign = source.utmCampaign();
            lead.utmTerm = source.utmTerm();
            lead.utmContent = source.utmContent();
        }
        lead.referralCode = request.referralCode();
        lead.referralId = referrals.idOfCode(request.referralCode()).orElse(null);
        lead.locationId = decision.locationId();
        lead.routingReason = decision.reason();
        lead.routingDistanceMiles = decision.distanceMiles();
        lead.createdAt = now;
        lead.updatedAt = now;
        lead.closedAt = status.isOpen() ? null : now;
        var received = LeadEvent.of(lead.id, LeadEvent.Type.RECEIVED, PUBLIC_ACTOR, now);
        received.toStatus = status;
        received.locationId = lead.locationId;
        leads.insertReceived(lead, received);
        return lead;
    }

    /**
     * A returning person: fill what the lead lacks, refresh consent, keep the earlier answers. An explicit choice of
     * location moves a lead nobody has booked yet.
     */
    private void merge(Lead lead, LeadRequest request, ClientInfo client, RoutingDecision decision, Instant now) {
        lead.zipCode = firstNonNull(lead.zipCode, request.zipCode());
        if (lead.latitude == null && request.latitude() != null) {
            lead.latitude = request.latitude();
            lead.longitude = request.longitude();
        }
        lead.email = firstNonNull(lead.email, request.email().strip());
        lead.emailNormalized = firstNonNull(lead.emailNormalized, EmailAddress.normalize(request.email()));
        lead.phone =
                firstNonNull(lead.phone, PhoneNumber.toE164(request.phone()).orElse(null));
        lead.preferredLocationId = firstNonNull(lead.preferredLocationId, request.preferredLocationId());
        lead.consultationMode = firstNonNull(lead.consultationMode, request.consultationMode());
        lead.conditions.addAll(conditionsOf(request));
        lead.preferredContact = firstNonNull(lead.preferredContact, request.preferredContact());
        lead.message = firstNonNull(lead.message, blankToNull(request.message()));
        if (lead.referralId == null) {
            var referral = referrals.idOfCode(request.referralCode());
            lead.referralId = referral.orElse(null);
            lead.referralCode = referral.isPresent()
                    ? request.referralCode()
                    : firstNonNull(lead.referralCode, request.referralCode());
        }
        recordConsent(lead, request, client, now);
        lead.updatedAt = now;

        var resubmitted = LeadEvent.of(lead.id, LeadEvent.Type.RESUBMITTED, PUBLIC_ACTOR, now);
        if (request.message() != null
                && !request.message().isBlank()
                && !request.message().equals(lead.message)) {
            resubmitted.note = request.message().strip();
        }
        events.persist(resubmitted);

        boolean choseAnotherLocation = decision.reason() == RoutingReason.PREFERRED_LOCATION
                && !decision.locationId().equals(lead.locationId);
        if (choseAnotherLocation && (lead.status == LeadStatus.NEW || lead.status == LeadStatus.CONTACTED)) {
            lead.locationId = decision.locationId();
            lead.routingReason = decision.reason();
            lead.routingDistanceMiles = null;
            var moved = LeadEvent.of(lead.id, LeadEvent.Type.REASSIGNED, PUBLIC_ACTOR, now);
            moved.locationId = lead.locationId;
            events.persist(moved);
        }
    }

    private static void recordConsent(Lead lead, LeadRequest request, ClientInfo client, Instant now) {
        lead.consentContact = request.consent().contact();
        lead.consentSms = Boolean.TRUE.equals(request.consent().sms());
        lead.privacyNoticeVersion = request.consent().privacyNoticeVersion();
        lead.consentAt = now;
        lead.consentIp = client.ip();
        lead.consentUserAgent = client.userAgent();
    }

    private static EnumSet<Condition> conditionsOf(LeadRequest request) {
        var conditions = EnumSet.noneOf(Condition.class);
        if (request.conditions() != null) {
            conditions.addAll(request.conditions());
        }
        return conditions;
    }

    private static boolean isHoneypotFilled(LeadRequest request) {
        return request.website() != null && !request.website().isBlank();
    }

    private static String channelOf(LeadRequest request) {
        return request.source() == null || request.source().channel() == null
                ? "unknown"
                : request.source().channel().name().toLowerCase(Locale.ROOT);
    }

    private static <T> T firstNonNull(T current, T candidate) {
        return current != null ? current : candidate;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
