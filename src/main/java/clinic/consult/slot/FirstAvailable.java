package clinic.consult.slot;

import java.time.OffsetDateTime;

/** The soonest bookable slot. */
public record FirstAvailable(String locationId, OffsetDateTime start, OffsetDateTime end) {}
