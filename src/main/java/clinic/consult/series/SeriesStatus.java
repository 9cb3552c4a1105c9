package clinic.consult.series;

/** A series is booked until its infusions are done (completed) or staff cancel what is left of it (cancelled). */
public enum SeriesStatus {
    BOOKED,
    CANCELLED,
    COMPLETED
}
