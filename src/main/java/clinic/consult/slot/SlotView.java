package clinic.consult.slot;

import java.time.OffsetDateTime;

/**
 * One bookable slot. Times are written here rather than by Jackson: a month of slots is hundreds of date-times, and
 * the general-purpose formatter was a third of a slot query's time.
 */
public record SlotView(String start, String end, int remaining) {

    static SlotView of(OffsetDateTime start, OffsetDateTime end, int remaining) {
        return new SlotView(rfc3339(start), rfc3339(end), remaining);
    }

    /** {@code 2026-11-23T09:00:00-08:00}: RFC 3339 with seconds, which slot times always have as zero. */
    static String rfc3339(OffsetDateTime time) {
        var text = new StringBuilder(25).append(time.toLocalDate()).append('T');
        twoDigits(text, time.getHour()).append(':');
        twoDigits(text, time.getMinute()).append(':');
        twoDigits(text, time.getSecond());
        return text.append(time.getOffset().getId()).toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
