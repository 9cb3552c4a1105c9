package clinic.consult.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** What a webhook event says happened, by its name on the wire ({@code lead.received}). */
public enum EventType {
    @JsonProperty("lead.received")
    LEAD_RECEIVED("lead.received"),
    @JsonProperty("lead.status_changed")
    LEAD_STATUS_CHANGED("lead.status_changed"),
    @JsonProperty("lead.reassigned")
    LEAD_REASSIGNED("lead.reassigned"),
    @JsonProperty("lead.erased")
    LEAD_ERASED("lead.erased"),
    @JsonProperty("appointment.booked")
    APPOINTMENT_BOOKED("appointment.booked"),
    @JsonProperty("appointment.rescheduled")
    APPOINTMENT_RESCHEDULED("appointment.rescheduled"),
    @JsonProperty("appointment.cancelled")
    APPOINTMENT_CANCELLED("appointment.cancelled"),
    @JsonProperty("appointment.completed")
    APPOINTMENT_COMPLETED("appointment.completed"),
    @JsonProperty("appointment.no_show")
    APPOINTMENT_NO_SHOW("appointment.no_show"),
    @JsonProperty("series.booked")
    SERIES_BOOKED("series.booked"),
    @JsonProperty("series.cancelled")
    SERIES_CANCELLED("series.cancelled"),
    @JsonProperty("series.completed")
    SERIES_COMPLETED("series.completed"),
    @JsonProperty("referral.created")
    REFERRAL_CREATED("referral.created"),
    @JsonProperty("notification.failed")
    NOTIFICATION_FAILED("notification.failed"),
    /** Sent by an admin's test ping only; never subscribed to. */
    @JsonProperty("webhook.ping")
    WEBHOOK_PING("webhook.ping");

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    static EventType ofWire(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wire.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an event type"));
    }

    /** Whether a subscription may ask for it. */
    boolean subscribable() {
        return this != WEBHOOK_PING;
    }
}
