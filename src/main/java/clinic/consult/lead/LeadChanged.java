package clinic.consult.lead;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired inside the transaction of every entry a lead's timeline gets: for the features that follow leads (webhooks).
 * A status change carries both statuses; a reassignment the location before ({@code previousLocationId}) and after.
 * Ids, statuses and locations only: no personal data, and never a note.
 */
public record LeadChanged(
        UUID leadId,
        LeadEvent.Type type,
        LeadStatus fromStatus,
        LeadStatus toStatus,
        String previousLocationId,
        String locationId,
        String actor,
        Instant at) {}
