package clinic.consult.lead.intake;

import clinic.consult.routing.RoutingReason;
import java.time.Instant;
import java.util.UUID;

/**
 * The answer to a consultation request. Built only from this submission, so it never reveals whether the person
 * was known before.
 */
public record LeadReceipt(UUID id, Instant receivedAt, LocationSummary location, Routing routing, String leadToken) {

    public record LocationSummary(String id, String name, String phone) {}

    public record Routing(RoutingReason reason, Double distanceMiles) {}
}
