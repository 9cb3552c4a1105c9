package clinic.consult.slot;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;

public record LocationSlots(
        String locationId,
        String type,
        String timeZone,
        @JsonSerialize(using = WrittenDays.Serializer.class) List<DaySlots> days) {}
