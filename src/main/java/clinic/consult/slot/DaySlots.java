package clinic.consult.slot;

import java.time.LocalDate;
import java.util.List;

/** One local date at the location, with its bookable slots (none on a closed day). */
public record DaySlots(LocalDate date, List<SlotView> slots) {}
