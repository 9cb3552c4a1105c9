package clinic.consult.audit;

import clinic.consult.security.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit trail of access to leads: who, what, which lead, when, from where. Entries join the caller's transaction,
 * so a change and its audit line are stored together or not at all.
 */
@ApplicationScoped
public class AuditService {

    /** The subject of entries written by scheduled jobs. */
    public static final String SYSTEM_RETENTION = "system:retention";

    private final AuditRepository entries;
    private final Clock clock;

    AuditService(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Staff staff, AuditAction action, UUID leadId, String detail) {
        write(staff.subject(), staff.clientIp(), action, leadId, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSystem(String subject, AuditAction action, UUID leadId, String detail) {
        write(subject, null, action, leadId, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(Staff staff, AuditAction action, Collection<UUID> leadIds) {
        recordEach(staff, action, leadIds, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(Staff staff, AuditAction action, Collection<UUID> leadIds, String detail) {
        if (!leadIds.isEmpty()) {
            entries.recordEach(leadIds, action, staff.subject(), staff.clientIp(), clock.instant(), detail);
        }
    }

    /** For refusals: the caller's transaction rolls back, the record of the attempt must not. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(Staff staff, AuditAction action, UUID leadId, String detail) {
        write(staff.subject(), staff.clientIp(), action, leadId, detail);
    }

    public AuditPage search(Optional<UUID> leadId, Optional<String> subject, int page, int size) {
        var query = entries.search(leadId, subject).page(page, size);
        var items = query.list().stream().map(AuditEntryView::of).toList();
        return new AuditPage(items, page, size, query.count());
    }

    private void write(String subject, String clientIp, AuditAction action, UUID leadId, String detail) {
        var entry = new AuditEntry();
        entry.at = clock.instant();
        entry.subject = subject;
        entry.action = action;
        entry.leadId = leadId;
        entry.clientIp = clientIp;
        entry.detail = detail;
        entries.persist(entry);
    }
}
