package clinic.consult.http;

import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Parses query parameters and collects every bad one, so that a search answers one 400 naming all of them instead
 * of a bare 404 from the framework's converters. Call {@link #check()} once everything is read.
 */
public final class QueryParameters {

    /** The highest page number and page size any list takes (openapi.yaml, parameter Page and each size). */
    public static final int MAX_PAGE = 1_000_000;

    public static final int MAX_PAGE_SIZE = 100;

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** A 0-based page number, 0 when not given. */
    public int page(String value) {
        return integer("page", value, 0, 0, MAX_PAGE);
    }

    /** Items per page, from 1 to {@link #MAX_PAGE_SIZE}. */
    public int pageSize(String value, int defaultSize) {
        return integer("size", value, defaultSize, 1, MAX_PAGE_SIZE);
    }

    public int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "must be a whole number from " + min + " to " + max));
        return defaultValue;
    }

    /** An instant with its offset, e.g. {@code 2026-11-01T00:00:00-07:00}. */
    public Optional<Instant> instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            var instant = OffsetDateTime.parse(value.strip()).toInstant();
            if (TimeBounds.contains(instant)) {
                return Optional.of(instant);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(
                name, "must be a date-time with offset, e.g. 2026-11-01T00:00:00-07:00, from " + TimeBounds.RANGE));
        return Optional.empty();
    }

    /** A calendar date, e.g. {@code 2026-11-23}. */
    public Optional<LocalDate> date(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            var date = LocalDate.parse(value.strip());
            if (TimeBounds.contains(date)) {
                return Optional.of(date);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "must be a date, e.g. 2026-11-23, from " + TimeBounds.RANGE));
        return Optional.empty();
    }

    public Optional<UUID> uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(name, "must be a UUID"));
            return Optional.empty();
        }
    }

    /** Every value of a repeatable parameter; each may also be a comma-separated list. */
    public <E extends Enum<E>> List<E> enums(String name, List<String> values, Class<E> type) {
        var parsed = new ArrayList<E>();
        for (var value : split(values)) {
            try {
                parsed.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                var allowed =
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
                errors.add(new Problem.FieldError(name, "'" + value + "' is not one of: " + allowed));
            }
        }
        return parsed;
    }

    public List<String> strings(List<String> values) {
        return split(values);
    }

    /** Records a problem found by the caller's own rule. */
    public void reject(String name, String message) {
        errors.add(new Problem.FieldError(name, message));
    }

    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    private static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .toList();
    }
}
