package clinic.consult.availability;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Availability of one appointment type across locations: "first available anywhere". */
public record SlotsAnywhere(
        @Schema(required = true, example = "virtual-consultation") String type,
        @Schema(required = true, example = "2026-11-23") LocalDate from,
        @Schema(required = true, example = "2026-12-06") LocalDate to,
        @Schema(nullable = true, description = "The soonest slot of all locations; null when none is free")
                FirstAvailable firstAvailable,
        @Schema(required = true) List<LocationAvailability> locations) {}
