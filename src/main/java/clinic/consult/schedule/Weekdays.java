package clinic.consult.schedule;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of weekdays as one column (series plans, waitlist entries), {@code MONDAY,WEDNESDAY}; empty text for none. */
@Converter
public class Weekdays implements AttributeConverter<Set<DayOfWeek>, String> {

    @Override
    public String convertToDatabaseColumn(Set<DayOfWeek> days) {
        return days == null ? "" : days.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<DayOfWeek> convertToEntityAttribute(String text) {
        var days = EnumSet.noneOf(DayOfWeek.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(DayOfWeek::valueOf).forEach(days::add);
        }
        return days;
    }
}
