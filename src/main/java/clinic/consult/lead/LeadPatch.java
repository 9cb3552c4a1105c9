package clinic.consult.lead;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff change to a lead. Fields left out stay as they are. */
@Schema(
        name = "LeadPatch",
        example = "{\"status\":\"CONTACTED\",\"note\":\"Called, will book after checking insurance.\"}")
public record LeadPatch(
        @Schema(description = "Only the pipeline's transitions; see nextStatuses of the lead") LeadStatus status,
        @Schema(description = "Reassign to another location", maxLength = 64) @Size(max = 64) String locationId,
        @Schema(description = "Goes on the timeline with the change", maxLength = 4000) @Size(max = 4000)
                String note) {}
