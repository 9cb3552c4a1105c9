package clinic.consult.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditPage", description = "Newest first")
public record AuditPage(
        @Schema(required = true) List<AuditEntryView> items,
        @Schema(required = true, description = "0-based") int page,
        @Schema(required = true) int size,
        @Schema(required = true, description = "Entries matching, over all pages") long total) {}
