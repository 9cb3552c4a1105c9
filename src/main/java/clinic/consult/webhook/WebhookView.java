package clinic.consult.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as admins see it; its secrets never again after they were handed out. */
public record WebhookView(
        UUID id,
        String url,
        String description,
        List<EventType> eventTypes,
        List<String> locationIds,
        boolean includeContact,
        boolean enabled,
        String disabledReason,
        int consecutiveFailures,
        Instant pausedUntil,
        Instant previousSecretEndsAt,
        Instant createdAt,
        Instant updatedAt) {

    static WebhookView of(WebhookSubscription subscription, Instant previousSecretEndsAt) {
        return new WebhookView(
                subscription.id,
                subscription.url,
                subscription.description,
                subscription.types().stream().sorted().toList(),
                subscription.locations(),
                subscription.includeContact,
                subscription.enabled,
                subscription.disabledReason,
                subscription.consecutiveFailures,
                subscription.pausedUntil,
                previousSecretEndsAt,
                subscription.createdAt,
                subscription.updatedAt);
    }
}
