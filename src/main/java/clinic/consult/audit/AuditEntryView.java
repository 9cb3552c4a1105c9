package clinic.consult.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry")
public record AuditEntryView(
        @Schema(required = true) long id,
        @Schema(required = true) Instant at,
        @Schema(required = true, description = "The token's subject, or system:retention") String subject,
        @Schema(required = true) AuditAction action,
        @Schema(nullable = true) UUID leadId,
        @Schema(nullable = true, description = "Client address (behind trusted proxies)") String clientIp,
        @Schema(nullable = true, description = "e.g. NEW->CONTACTED; never personal data") String detail) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(
                entry.id, entry.at, entry.subject, entry.action, entry.leadId, entry.clientIp, entry.detail);
    }
}
