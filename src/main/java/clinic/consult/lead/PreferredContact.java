package clinic.consult.lead;

public enum PreferredContact {
    EMAIL,
    PHONE,
    SMS
}
