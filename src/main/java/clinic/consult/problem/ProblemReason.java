package clinic.consult.problem;

/**
 * Why a time cannot be booked, for a {@code slot-not-bookable} problem: off the slot grid, outside opening hours,
 * during a closure, in the past, inside the minimum notice, beyond the booking horizon.
 */
public enum ProblemReason {
    MISALIGNED,
    OUTSIDE_HOURS,
    CLOSED,
    PAST,
    TOO_SOON,
    BEYOND_HORIZON
}
