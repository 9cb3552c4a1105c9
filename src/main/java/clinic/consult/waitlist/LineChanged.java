package clinic.consult.waitlist;

/** Seats of a line were given back by the waitlist itself (an offer withdrawn): the line is looked at once committed. */
record LineChanged(String locationId, String typeId) {}
