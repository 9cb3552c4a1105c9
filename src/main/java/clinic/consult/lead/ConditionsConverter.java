package clinic.consult.lead;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a lead's conditions as a comma-separated list of enum names. */
@Converter
public class ConditionsConverter implements AttributeConverter<Set<Condition>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Condition> conditions) {
        return conditions == null || conditions.isEmpty()
                ? null
                : conditions.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<Condition> convertToEntityAttribute(String column) {
        var conditions = EnumSet.noneOf(Condition.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(Condition::valueOf).forEach(conditions::add);
        }
        return conditions;
    }
}
