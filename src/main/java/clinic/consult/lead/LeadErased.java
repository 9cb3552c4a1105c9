package clinic.consult.lead;

import java.util.UUID;

/**
 * Fired inside the erasure's transaction (on request or by retention): the lead's personal data is gone. Features that
 * keep personal data about the lead (an appointment's cancel reason) remove theirs, and nothing stays booked for a
 * person the clinic can no longer name.
 */
public record LeadErased(UUID leadId, String actor) {}
