package clinic.consult.notification.text;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The hours no text goes out, in the recipient's location's zone: before {@code until} and from {@code from} on. Wall
 * clock times, so a daylight-saving change moves them with the day.
 */
public record QuietHours(LocalTime until, LocalTime from) {

    public QuietHours {
        if (!until.isBefore(from)) {
            throw new IllegalArgumentException("quiet hours must end before they begin again: " + until + ", " + from);
        }
    }

    public static QuietHours of(TextConfig config) {
        return new QuietHours(config.quietUntil(), config.quietFrom());
    }

    /** The moment itself when texts may go then, else the next minute they may. */
    public Instant nextAllowed(Instant at, ZoneId zone) {
        var local = at.atZone(zone);
        var time = local.toLocalTime();
        if (!time.isBefore(until) && time.isBefore(from)) {
            return at;
        }
        var day =
                time.isBefore(until) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return day.atTime(until).atZone(zone).toInstant();
    }
}
