package clinic.consult.routing;

/** Where a lead goes and why; {@code distanceMiles} only for {@link RoutingReason#NEAREST}. */
public record RoutingDecision(String locationId, RoutingReason reason, Double distanceMiles) {}
