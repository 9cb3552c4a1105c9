package clinic.consult.referral;

/** How the referrer knows the person they invite. */
public enum Relationship {
    FRIEND,
    FAMILY,
    PATIENT_OF_CLINICIAN
}
