package clinic.consult.routing;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The routing rules, in order: the person's choice; else, for an in-person or unspecified consultation with a known
 * place, the nearest location; else the location with the earliest availability (ties: fewer recent leads).
 */
public final class Router {

    /** A location that can take leads, with its coordinates (null when unknown). */
    public record Candidate(String locationId, GeoPoint point) {}

    private Router() {}

    /**
     * @param earliestAvailable picks the location for {@link RoutingReason#EARLIEST_AVAILABILITY} among the ids
     *     given, in the order they are given
     */
    public static RoutingDecision decide(
            RoutingRequest request, List<Candidate> candidates, Function<List<String>, String> earliestAvailable) {
        if (candidates.isEmpty()) {
            throw new IllegalStateException("No location can take leads");
        }
        if (request.preferredLocationId() != null
                && candidates.stream().anyMatch(c -> c.locationId().equals(request.preferredLocationId()))) {
            return new RoutingDecision(request.preferredLocationId(), RoutingReason.PREFERRED_LOCATION, null);
        }
        if (request.place() != null && !request.virtual()) {
            var nearest = candidates.stream()
                    .filter(c -> c.point() != null)
                    .min(Comparator.<Candidate>comparingDouble(c -> c.point().milesTo(request.place()))
                            .thenComparing(Candidate::locationId));
            if (nearest.isPresent()) {
                double miles = nearest.get().point().milesTo(request.place());
                return new RoutingDecision(
                        nearest.get().locationId(), RoutingReason.NEAREST, Math.round(miles * 10) / 10.0);
            }
        }
        var ids = candidates.stream().map(Candidate::locationId).sorted().toList();
        return new RoutingDecision(earliestAvailable.apply(ids), RoutingReason.EARLIEST_AVAILABILITY, null);
    }
}
