package clinic.consult.support;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;

/** An iCalendar attachment as a real iCalendar library (ical4j) reads it. */
public record Invitation(
        String method,
        String uid,
        int sequence,
        String status,
        Instant start,
        Instant end,
        String tzid,
        String organizer,
        String attendee,
        TimeZone timeZone) {

    public static Invitation parse(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            calendar.validate();
            VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
            VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
            DateProperty<?> start = event.getRequiredProperty("DTSTART");
            DateProperty<?> end = event.getRequiredProperty("DTEND");
            return new Invitation(
                    value(calendar.getRequiredProperty("METHOD")),
                    value(event.getRequiredProperty("UID")),
                    Integer.parseInt(value(event.getRequiredProperty("SEQUENCE"))),
                    value(event.getRequiredProperty("STATUS")),
                    instant(start.getDate()),
                    instant(end.getDate()),
                    start.getParameter("TZID")
                            .map(p -> ((net.fortuna.ical4j.model.Parameter) p).getValue())
                            .orElse(null),
                    value(event.getRequiredProperty("ORGANIZER")),
                    value(event.getRequiredProperty("ATTENDEE")),
                    new TimeZone(zone));
        } catch (Exception e) {
            throw new AssertionError("not a valid iCalendar object: " + e, e);
        }
    }

    private static String value(Property property) {
        return property.getValue();
    }

    private static Instant instant(Temporal temporal) {
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (temporal instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new AssertionError("a floating time, without a zone: " + temporal);
    }
}
