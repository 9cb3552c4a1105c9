package clinic.consult.referral;

/** The same answer whether or not an invitation goes out, so nobody learns who was invited before. */
public record ReferralCreated(String code) {}
