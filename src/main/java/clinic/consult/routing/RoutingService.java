package clinic.consult.routing;

import clinic.consult.location.LocationView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
     * Routes a lead. Until availability exists, every location ties on the earliest slot, so the tie-break decides:
     * the location with the fewest leads in the last 7 days.
     *
     * @param locations the locations that can take the lead
     * @param recentLeadCounts leads per location id over the last 7 days
     */
    public RoutingDecision route(
            RoutingRequest request,
            List<LocationView> locations,
            Function<List<String>, Map<String, Long>> recentLeadCounts) {
        var candidates = locations.stream()
                .map(l -> new Router.Candidate(
                        l.id(), l.latitude() == null ? null : new GeoPoint(l.latitude(), l.longitude())))
                .toList();
        return Router.decide(request, candidates, ids -> fewestRecentLeads(ids, recentLeadCounts.apply(ids)));
    }

    static String fewestRecentLeads(List<String> ids, Map<String, Long> counts) {
        return ids.stream()
                .min(Comparator.<String>comparingLong(id -> counts.getOrDefault(id, 0L))
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }
}
