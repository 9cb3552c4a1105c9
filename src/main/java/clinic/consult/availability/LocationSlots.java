package clinic.consult.availability;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record LocationSlots(
        @Schema(required = true, example = "tustin") String locationId,
        @Schema(required = true, example = "in-person-consultation") String type,
        @Schema(required = true, example = "America/Los_Angeles") String timeZone,
        @Schema(required = true, description = "Every date of the range, in order") List<DaySlots> days) {}
