package clinic.consult.slot;

import java.util.List;

public record LocationSlots(String locationId, String type, String timeZone, List<DaySlots> days) {}
