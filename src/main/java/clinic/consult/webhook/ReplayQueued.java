package clinic.consult.webhook;

/** How many deliveries a replay queued. */
public record ReplayQueued(int deliveries) {}
