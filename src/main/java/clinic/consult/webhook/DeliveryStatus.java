package clinic.consult.webhook;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
