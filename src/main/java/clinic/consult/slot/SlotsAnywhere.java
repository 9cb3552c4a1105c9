package clinic.consult.slot;

import java.time.LocalDate;
import java.util.List;

/** Availability of one appointment type across locations: "first available anywhere". */
public record SlotsAnywhere(
        String type,
        LocalDate from,
        LocalDate to,
        FirstAvailable firstAvailable,
        List<LocationAvailability> locations) {}
