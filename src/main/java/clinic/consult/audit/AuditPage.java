package clinic.consult.audit;

import java.util.List;

public record AuditPage(List<AuditEntryView> items, int page, int size, long total) {}
