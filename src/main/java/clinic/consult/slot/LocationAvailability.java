package clinic.consult.slot;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;

/** One location's part of a search across locations. */
public record LocationAvailability(
        String locationId,
        String timeZone,
        FirstAvailable firstAvailable,
        @JsonSerialize(using = WrittenDays.Serializer.class) List<DaySlots> days) {}
