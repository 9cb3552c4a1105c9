package clinic.consult.waitlist;

/** Where an entry stands: in line, offered a seat, booked, left, or over (its dates passed). */
public enum WaitlistStatus {
    WAITING,
    OFFERED,
    BOOKED,
    LEFT,
    ENDED;

    boolean inLine() {
        return this == WAITING || this == OFFERED;
    }
}
