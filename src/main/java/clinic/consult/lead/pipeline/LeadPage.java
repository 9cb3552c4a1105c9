package clinic.consult.lead.pipeline;

import java.util.List;

public record LeadPage(List<LeadSummary> items, int page, int size, long total) {}
