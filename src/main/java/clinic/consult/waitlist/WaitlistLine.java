package clinic.consult.waitlist;

import java.util.List;

/** A line as staff see it: everyone waiting or offered a seat, first come first, with their offers. */
public record WaitlistLine(String locationId, String type, String timeZone, List<WaitlistView> entries) {}
