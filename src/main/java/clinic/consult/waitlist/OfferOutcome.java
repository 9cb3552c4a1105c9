package clinic.consult.waitlist;

/** An offer was made (OPEN) or answered, fired in its transaction and counted once that commits. */
record OfferOutcome(OfferStatus status) {}
