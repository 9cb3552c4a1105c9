package clinic.consult.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

@ApplicationScoped
public class RoutingService {

    private final ZipCentroids zipCentroids;

    RoutingService(ZipCentroids zipCentroids) {
        this.zipCentroids = zipCentroids;
    }

    /** Where a person is: their coordinates when given, else their ZIP's centroid, else null. */
    public GeoPoint placeOf(Double latitude, Double longitude, String zip) {
        if (latitude != null && longitude != null) {
            return new GeoPoint(latitude, longitude);
        }
        return zipCentroids.of(zip).orElse(null);
    }

    /**
     * Routes a lead. Without a preference or a usable place: the location with the soonest open slot; ties (and
     * locations with nothing open) go to the fewest leads in the last 7 days, then the id.
     *
     * @param candidates the locations that can take the lead, with their coordinates
     * @param soonestSlots the start of each location's soonest open slot of the requested type, if any
     * @param recentLeadCounts leads per location id over the last 7 days
     */
    public RoutingDecision route(
            RoutingRequest request,
            List<Router.Candidate> candidates,
            Function<List<String>, Map<String, Optional<Instant>>> soonestSlots,
            Function<List<String>, Map<String, Long>> recentLeadCounts) {
        return Router.decide(
                request, candidates, ids -> earliest(ids, soonestSlots.apply(ids), recentLeadCounts.apply(ids)));
    }

    static String earliest(List<String> ids, Map<String, Optional<Instant>> soonest, Map<String, Long> counts) {
        Comparator<String> bySoonest = Comparator.comparing(
                id -> soonest.getOrDefault(id, Optional.empty()).orElse(Instant.MAX));
        return ids.stream()
                .min(bySoonest
                        .thenComparingLong(id -> counts.getOrDefault(id, 0L))
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }
}
