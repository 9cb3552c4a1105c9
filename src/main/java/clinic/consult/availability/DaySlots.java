package clinic.consult.availability;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One local date at the location, with its bookable slots (none on a closed day). */
public record DaySlots(
        @Schema(required = true, example = "2026-11-23") LocalDate date,
        @Schema(required = true) List<SlotView> slots) {}
