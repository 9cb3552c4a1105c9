package clinic.consult.lead.intake;

import clinic.consult.contact.EmailAddress;
import clinic.consult.contact.Language;
import clinic.consult.contact.PhoneNumber;
import clinic.consult.idempotency.IdempotencyService;
import clinic.consult.idempotency.Reply;
import clinic.consult.lead.LeadStatus;
import clinic.consult.lead.LeadTokens;
import clinic.consult.lead.PreferredContact;
import clinic.consult.location.LocationService;
import clinic.consult.location.LocationView;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.Problem;
import clinic.consult.routing.GeoPoint;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Receives consultation requests: validates what Bean Validation cannot, routes, and files each submission as a lead
 * of its own ({@link Submissions}). What it answers depends only on this submission. One transaction per request,
 * opened here; the {@code Idempotency-Key} is claimed in it.
 */
@ApplicationScoped
public class LeadIntakeService {

    static final String SCOPE = "POST /api/v1/leads";

    private final IdempotencyService idempotency;
    private final LocationService locations;
    private final IntakeRouting routing;
    private final Submissions submissions;
    private final LeadTokens tokens;
    private final Clock clock;

    LeadIntakeService(
            IdempotencyService idempotency,
            LocationService locations,
            IntakeRouting routing,
            Submissions submissions,
            LeadTokens tokens,
            Clock clock) {
        this.idempotency = idempotency;
        this.locations = locations;
        this.routing = routing;
        this.submissions = submissions;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A consultation request from the form or the app: 201 with the lead's token, or the first answer replayed. */
    @Transactional
    public Reply receive(String idempotencyKey, LeadRequest request, ClientInfo client) {
        return idempotency.once(SCOPE, idempotencyKey, request, () -> {
            var receipt = receive(request, client, true);
            return Reply.created(receipt, URI.create("/api/v1/leads/" + receipt.id()));
        });
    }

    /**
     * A request that comes with a booking, in the booking's transaction: the same, except that the person gets the
     * booking's confirmation instead of a receipt.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LeadReceipt receiveForBooking(LeadRequest request, ClientInfo client) {
        return receive(request, client, false);
    }

    private LeadReceipt receive(LeadRequest request, ClientInfo client, boolean sendReceipt) {
        // one read of the locations serves validation, routing and the answer
        var allLocations = locations.listRecent();
        checkAcrossFields(request, allLocations, client.language());
        var now = clock.instant();
        var decision = routing.route(request, allLocations);
        var email = EmailAddress.normalize(request.email());
        var phone = PhoneNumber.toE164(request.phone()).orElseThrow();
        var lead = submissions.file(request, client, email, phone, decision, now, sendReceipt);
        if (lead.status != LeadStatus.SPAM) {
            routing.routedTo(lead.locationId);
        }
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

    /** What no single field's rule can see; said in the language the request asked in. */
    private static void checkAcrossFields(LeadRequest request, List<LocationView> allLocations, Language language) {
        var say = MessageBundles.get(IntakeMessages.class, Localized.Literal.of(language.tag()));
        var errors = new ArrayList<Problem.FieldError>();
        if (request.preferredLocationId() != null
                && allLocations.stream().noneMatch(l -> l.id().equals(request.preferredLocationId()))) {
            errors.add(new Problem.FieldError(
                    "preferredLocationId",
                    say.notALocation(String.join(
                            ", ",
                            allLocations.stream().map(LocationView::id).sorted().toList()))));
        }
        for (var missing : GeoPoint.missingHalf(request.latitude(), request.longitude())) {
            errors.add(new Problem.FieldError(missing.field(), say.onlyTogether()));
        }
        if (request.preferredContact() == PreferredContact.SMS
                && !Boolean.TRUE.equals(request.consent().sms())) {
            errors.add(new Problem.FieldError("consent.sms", say.smsNeedsConsent()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
