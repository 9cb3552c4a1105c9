package clinic.consult.lead;

import java.util.UUID;

/**
 * Fired inside the merge's transaction: staff merged submission {@code from} into lead {@code into}. Features that
 * keep things per lead (appointments) move them to {@code into}.
 */
public record LeadMerged(UUID from, UUID into, String actor) {}
