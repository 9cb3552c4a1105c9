package clinic.consult.routing;

/**
 * What routing knows of a person: the location they chose (or null), where they are (coordinates, else their ZIP
 * centroid, else null), and whether the consultation is virtual.
 */
public record RoutingRequest(String preferredLocationId, GeoPoint place, boolean virtual) {}
