package clinic.consult.routing;

/** Why a lead went to its location. Recorded with every lead, so routing can always be explained. */
public enum RoutingReason {
    /** The person chose the location. */
    PREFERRED_LOCATION,
    /** Closest location by great-circle distance from the person's ZIP centroid or coordinates. */
    NEAREST,
    /** No preference and no place (or a virtual consultation without preference): soonest open slot, then fewer leads. */
    EARLIEST_AVAILABILITY,
    /** Staff moved the lead. */
    STAFF_REASSIGNED
}
