package clinic.consult.referral;

import java.time.Instant;
import java.util.UUID;

/** Fired inside the transaction that stores a referral: its id and relationship, never a name or an address. */
public record ReferralMade(UUID referralId, Relationship relationship, boolean invitationSent, Instant at) {}
