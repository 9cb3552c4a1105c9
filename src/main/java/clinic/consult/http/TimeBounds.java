package clinic.consult.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The dates and times this API takes: from 2000-01-01 to 2099-12-31 (UTC for instants, the location's wall clock for
 * local times). The parser takes years up to +999999999; arithmetic on such a year in a time zone overflows, so
 * everything outside the range is refused where it comes in, naming the field, before any code works with it.
 */
public final class TimeBounds {

    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);
    public static final String RANGE = "2000-01-01 to 2099-12-31";
    private static final Instant FIRST = FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END = LAST_DAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private TimeBounds() {}

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(FIRST) && instant.isBefore(END);
    }

    /** Whether a parsed date or time of any of the kinds the API takes lies in the range. */
    public static boolean contains(Object value) {
        if (value instanceof Instant instant) {
            return contains(instant);
        }
        if (value instanceof OffsetDateTime time) {
            return contains(time.toInstant());
        }
        if (value instanceof LocalDateTime time) {
            return contains(time.toLocalDate());
        }
        if (value instanceof LocalDate date) {
            return contains(date);
        }
        return true;
    }
}
