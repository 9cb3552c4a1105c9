package clinic.consult.lead;

/** What a person wants treated. Protected health information: never logged, never emailed. */
public enum Condition {
    DEPRESSION,
    ANXIETY,
    PTSD,
    OCD,
    CHRONIC_PAIN,
    CRPS,
    FIBROMYALGIA,
    MIGRAINE,
    NEUROPATHIC_PAIN,
    OTHER
}
