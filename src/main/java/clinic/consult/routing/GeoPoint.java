package clinic.consult.routing;

import clinic.consult.problem.Problem;
import java.util.List;

/** A point on Earth in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_MILES = 3958.8;

    /** Coordinates come in pairs: a latitude without a longitude (or the reverse) names the missing one. */
    public static List<Problem.FieldError> missingHalf(Double latitude, Double longitude) {
        if (latitude == null && longitude != null) {
            return List.of(new Problem.FieldError("latitude", "must be given together with longitude"));
        }
        if (longitude == null && latitude != null) {
            return List.of(new Problem.FieldError("longitude", "must be given together with latitude"));
        }
        return List.of();
    }

    /** Great-circle (haversine) distance in statute miles. */
    public double milesTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
