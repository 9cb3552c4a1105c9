package clinic.consult.availability;

import java.time.OffsetDateTime;

/** The soonest bookable slot. */
public record FirstAvailable(String locationId, OffsetDateTime start, OffsetDateTime end) {}
