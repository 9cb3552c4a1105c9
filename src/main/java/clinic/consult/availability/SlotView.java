package clinic.consult.availability;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Slot")
public record SlotView(
        @Schema(
                        required = true,
                        description = "With the location's offset on that day",
                        example = "2026-11-23T09:00:00-08:00")
                OffsetDateTime start,
        @Schema(required = true, example = "2026-11-23T09:30:00-08:00") OffsetDateTime end,
        @Schema(required = true, description = "Appointments still possible at this time", example = "1")
                int remaining) {}
