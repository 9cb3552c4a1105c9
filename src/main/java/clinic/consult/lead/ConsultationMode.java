package clinic.consult.lead;

public enum ConsultationMode {
    VIRTUAL,
    IN_PERSON
}
