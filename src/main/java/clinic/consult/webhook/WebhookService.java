package clinic.consult.webhook;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.http.Versioned;
import clinic.consult.location.LocationService;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.NotFoundException;
import clinic.consult.problem.PreconditionFailedException;
import clinic.consult.problem.Problem;
import clinic.consult.security.Staff;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The admin side of webhooks: subscriptions, their secrets, their deliveries, redelivery, replay and pings. */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);
    static final Duration LONGEST_REPLAY = Duration.ofDays(31);

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final DeliveryHistory history;
    private final LocationService locations;
    private final AuditService audit;
    private final ObjectMapper json;
    private final WebhookConfig config;
    private final Clock clock;

    WebhookService(
            WebhookRepository webhooks,
            DeliveryRepository deliveries,
            DeliveryHistory history,
            LocationService locations,
            AuditService audit,
            ObjectMapper json,
            WebhookConfig config,
            Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.history = history;
        this.locations = locations;
        this.audit = audit;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public WebhookCreated create(WebhookRequest request, Staff staff) {
        var url = SsrfGuard.parse(request.url(), config.allowLoopback());
        var types = eventTypes(request.eventTypes());
        var locationIds = locationIds(request.locationIds());
        var now = clock.instant();
        var subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.set(
                url,
                blankToNull(request.description()),
                types,
                locationIds,
                Boolean.TRUE.equals(request.includeContact()));
        subscription.enabled = !Boolean.FALSE.equals(request.enabled());
        subscription.createdAt = now;
        subscription.updatedAt = now;
        webhooks.persist(subscription);
        var secret = Signatures.newSecret();
        webhooks.addSecret(subscription.id, secret, now);
        audited(staff, "created", subscription);
        LOG.infof("Webhook subscription %s created", subscription.id);
        return new WebhookCreated(WebhookView.of(subscription, null), secret);
    }

    @Transactional
    public List<WebhookView> list() {
        var now = clock.instant();
        return webhooks.all().stream()
                .map(subscription -> view(subscription, now))
                .toList();
    }

    @Transactional
    public Versioned<WebhookView> get(UUID id) {
        var subscription = find(id);
        return new Versioned<>(view(subscription, clock.instant()), subscription.version);
    }

    /**
     * Replaces the subscription's settings (what is left out takes its default, as at creation); enabling a disabled
     * subscription ends its run of failures, and what waited for it goes then. Its secrets stay.
     */
    @Transactional
    public Versioned<WebhookView> update(UUID id, WebhookRequest request, Optional<Long> expectedVersion, Staff staff) {
        var subscription = webhooks.lock(id).orElseThrow(() -> new NotFoundException("Webhook", id));
        if (expectedVersion.isPresent() && expectedVersion.get() != subscription.version) {
            throw new PreconditionFailedException("Webhook '" + id + "'");
        }
        var enabled = !Boolean.FALSE.equals(request.enabled());
        if (enabled && !subscription.enabled) {
            subscription.consecutiveFailures = 0;
            subscription.pausedUntil = null;
        }
        subscription.set(
                SsrfGuard.parse(request.url(), config.allowLoopback()),
                blankToNull(request.description()),
                eventTypes(request.eventTypes()),
                locationIds(request.locationIds()),
                Boolean.TRUE.equals(request.includeContact()));
        subscription.enabled = enabled;
        subscription.disabledReason = enabled ? null : subscription.disabledReason;
        subscription.updatedAt = clock.instant();
        // a change is a new version, as an ETag must say, even when every setting is as it was
        webhooks.getEntityManager().lock(subscription, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        webhooks.flush();
        audited(staff, "changed", subscription);
        LOG.infof("Webhook subscription %s changed (enabled %s)", id, enabled);
        return new Versioned<>(view(subscription, clock.instant()), subscription.version);
    }

    @Transactional
    public void delete(UUID id, Staff staff) {
        var subscription = find(id);
        webhooks.delete(subscription);
        audited(staff, "deleted", subscription);
        LOG.infof("Webhook subscription %s deleted", id);
    }

    /** A new secret signs from now; the current ones keep signing beside it for the configured overlap. */
    @Transactional
    public SecretRotated rotateSecret(UUID id, Staff staff) {
        var subscription = webhooks.lock(id).orElseThrow(() -> new NotFoundException("Webhook", id));
        var now = clock.instant();
        var previousEndsAt = now.plus(config.rotationOverlap());
        webhooks.endSecrets(subscription.id, previousEndsAt);
        var secret = Signatures.newSecret();
        webhooks.addSecret(subscription.id, secret, now);
        audit.record(staff, AuditAction.WEBHOOK_SUBSCRIPTION_CHANGED, null, "secret rotated " + id);
        LOG.infof("Webhook subscription %s: secret rotated", id);
        return new SecretRotated(secret, previousEndsAt);
    }

    @Transactional
    public DeliveryPage deliveries(UUID id, Optional<DeliveryStatus> status, int page, int size) {
        find(id);
        return new DeliveryPage(history.page(id, status, page, size), page, size, history.count(id, status));
    }

    /** The delivery goes again, whatever became of it, with its event's id (receivers de-duplicate on it). */
    @Transactional
    public DeliveryView redeliver(UUID id, UUID deliveryId) {
        find(id);
        var delivery = history.find(id, deliveryId).orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
        if (delivery.status() != DeliveryStatus.PENDING) {
            history.redeliver(id, deliveryId, clock.instant());
            LOG.infof("Webhook delivery %s queued again", deliveryId);
        }
        return history.find(id, deliveryId).orElseThrow();
    }

    @Transactional
    public ReplayQueued replay(UUID id, ReplayRequest request) {
        var subscription = find(id);
        var from = request.from().toInstant();
        var to = request.to().toInstant();
        var errors = new ArrayList<Problem.FieldError>();
        if (!to.isAfter(from)) {
            errors.add(new Problem.FieldError("to", "must be after from"));
        } else if (Duration.between(from, to).compareTo(LONGEST_REPLAY) > 0) {
            errors.add(new Problem.FieldError("to", "must be at most 31 days after from"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        int queued = deliveries.replay(subscription, from, to, clock.instant());
        LOG.infof("Webhook subscription %s: %d events of a time range queued again", id, queued);
        return new ReplayQueued(queued);
    }

    /** A {@code webhook.ping} event to this subscription only, delivered as any other (a disabled one's waits). */
    @Transactional
    public DeliveryView ping(UUID id) {
        find(id);
        String data;
        try {
            data = json.writeValueAsString(Map.of("webhookId", id.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var deliveryId = history.ping(id, data, clock.instant());
        return history.find(id, deliveryId).orElseThrow();
    }

    private WebhookSubscription find(UUID id) {
        return webhooks.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Webhook", id));
    }

    private WebhookView view(WebhookSubscription subscription, Instant now) {
        return WebhookView.of(
                subscription,
                webhooks.previousSecretEndsAt(subscription.id, now).orElse(null));
    }

    private static EnumSet<EventType> eventTypes(List<EventType> given) {
        if (given.stream().anyMatch(type -> type == null || !type.subscribable())) {
            throw new InvalidFieldsException("eventTypes", "must name event types a subscription may receive");
        }
        return EnumSet.copyOf(given);
    }

    private List<String> locationIds(List<String> given) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        var unknown = given.stream().filter(id -> !locations.exists(id)).findFirst();
        if (unknown.isPresent()) {
            throw new InvalidFieldsException(List.of(locations.notALocation("locationIds")));
        }
        return given.stream().distinct().sorted().toList();
    }

    /** Who subscribed what, and whether contact details go to it: in the audit trail. */
    private void audited(Staff staff, String what, WebhookSubscription subscription) {
        audit.record(
                staff,
                AuditAction.WEBHOOK_SUBSCRIPTION_CHANGED,
                null,
                what + " " + subscription.id + (subscription.includeContact ? " with contact details" : ""));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
