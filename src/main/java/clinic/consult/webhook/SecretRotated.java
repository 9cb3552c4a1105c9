package clinic.consult.webhook;

import java.time.Instant;

/** The new signing secret (shown this once); the previous one signs beside it until {@code previousSecretEndsAt}. */
public record SecretRotated(String secret, Instant previousSecretEndsAt) {}
