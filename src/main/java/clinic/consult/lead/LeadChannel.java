package clinic.consult.lead;

/** Where a lead came from. A closed list so that metrics stay bounded. */
public enum LeadChannel {
    WEBSITE,
    MOBILE_APP,
    OTHER
}
