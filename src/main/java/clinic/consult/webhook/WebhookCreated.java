package clinic.consult.webhook;

/** A new subscription and its signing secret: shown this once, never again. */
public record WebhookCreated(WebhookView webhook, String secret) {}
