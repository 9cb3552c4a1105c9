package clinic.consult.lead.pipeline;

import clinic.consult.lead.LeadStatus;
import jakarta.validation.constraints.Size;

/** A staff change to a lead. Fields left out stay as they are. */
public record LeadPatch(LeadStatus status, @Size(max = 64) String locationId, @Size(max = 4000) String note) {}
