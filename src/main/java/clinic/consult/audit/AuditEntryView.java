package clinic.consult.audit;

import java.time.Instant;
import java.util.UUID;

public record AuditEntryView(
        long id, Instant at, String subject, AuditAction action, UUID leadId, String clientIp, String detail) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(
                entry.id, entry.at, entry.subject, entry.action, entry.leadId, entry.clientIp, entry.detail);
    }
}
