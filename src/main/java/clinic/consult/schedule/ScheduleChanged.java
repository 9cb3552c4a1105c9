package clinic.consult.schedule;

/**
 * A location's opening hours, slot rules or closures changed (fired inside the changing transaction): what was
 * computed from them is out of date once it commits.
 */
public record ScheduleChanged(String locationId) {}
