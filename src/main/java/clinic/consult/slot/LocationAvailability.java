package clinic.consult.slot;

import java.util.List;

/** One location's part of a search across locations. */
public record LocationAvailability(
        String locationId, String timeZone, FirstAvailable firstAvailable, List<DaySlots> days) {}
