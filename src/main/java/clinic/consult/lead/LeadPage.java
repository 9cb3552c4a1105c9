package clinic.consult.lead;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeadPage")
public record LeadPage(
        @Schema(required = true) List<LeadSummary> items,
        @Schema(required = true, description = "0-based") int page,
        @Schema(required = true) int size,
        @Schema(required = true, description = "Leads matching, over all pages") long total) {}
