package clinic.consult.availability;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One location's part of a search across locations. */
public record LocationAvailability(
        @Schema(required = true, example = "tustin") String locationId,
        @Schema(required = true, example = "America/Los_Angeles") String timeZone,
        @Schema(nullable = true, description = "Null when nothing is free in the range") FirstAvailable firstAvailable,
        @Schema(required = true) List<DaySlots> days) {}
