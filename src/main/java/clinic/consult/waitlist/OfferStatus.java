package clinic.consult.waitlist;

/** An offer is open until it is accepted, expires unanswered, or is withdrawn (the person left or was erased). */
public enum OfferStatus {
    OPEN,
    ACCEPTED,
    EXPIRED,
    WITHDRAWN
}
