package clinic.consult.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * iCalendar (RFC 5545) invitations of an appointment, for the person's calendar: the same UID for the appointment's
 * whole life, SEQUENCE raised by each change, METHOD:REQUEST while it stands and METHOD:CANCEL once cancelled (RFC
 * 5546). Times carry the location's TZID with its VTIMEZONE, made from the JDK's time-zone rules.
 */
final class ICalendar {

    static final String PRODUCT_ID = "-//Consultation booking//Consult service//EN";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    /** One appointment as the calendar shows it. */
    record Event(
            String uid,
            int sequence,
            boolean cancelled,
            Instant start,
            Instant end,
            ZoneId zone,
            String summary,
            String location,
            String description,
            String url,
            String organizerName,
            String organizerEmail,
            String attendeeName,
            String attendeeEmail) {}

    private final StringBuilder text = new StringBuilder();

    private ICalendar() {}

    static String method(Event event) {
        return event.cancelled() ? "CANCEL" : "REQUEST";
    }

    static byte[] of(Event event, Instant stamp) {
        var calendar = new ICalendar();
        calendar.line("BEGIN:VCALENDAR");
        calendar.line("PRODID:" + PRODUCT_ID);
        calendar.line("VERSION:2.0");
        calendar.line("CALSCALE:GREGORIAN");
        calendar.line("METHOD:" + method(event));
        calendar.timeZone(event.zone());
        calendar.line("BEGIN:VEVENT");
        calendar.line("UID:" + event.uid());
        calendar.line("DTSTAMP:" + UTC.format(stamp));
        calendar.line("SEQUENCE:" + event.sequence());
        calendar.line("DTSTART;TZID=" + event.zone().getId() + ":"
                + LOCAL.format(event.start().atZone(event.zone())));
        calendar.line("DTEND;TZID=" + event.zone().getId() + ":"
                + LOCAL.format(event.end().atZone(event.zone())));
        calendar.line("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        calendar.line("SUMMARY:" + escape(event.summary()));
        if (event.location() != null) {
            calendar.line("LOCATION:" + escape(event.location()));
        }
        if (event.description() != null) {
            calendar.line("DESCRIPTION:" + escape(event.description()));
        }
        if (event.url() != null) {
            calendar.line("URL:" + event.url());
        }
        calendar.line("ORGANIZER;CN=" + parameter(event.organizerName()) + ":mailto:" + event.organizerEmail());
        calendar.line("ATTENDEE;CN=" + parameter(event.attendeeName())
                + ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:" + event.attendeeEmail());
        calendar.line("TRANSP:OPAQUE");
        calendar.line("END:VEVENT");
        calendar.line("END:VCALENDAR");
        return calendar.text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A VTIMEZONE with the zone's current yearly rules, or its fixed offset when it has none. */
    private void timeZone(ZoneId zone) {
        var rules = zone.getRules();
        line("BEGIN:VTIMEZONE");
        line("TZID:" + zone.getId());
        if (rules.getTransitionRules().isEmpty()) {
            var offset = rules.getOffset(Instant.EPOCH);
            line("BEGIN:STANDARD");
            line("DTSTART:19700101T000000");
            line("TZOFFSETFROM:" + offset(offset));
            line("TZOFFSETTO:" + offset(offset));
            line("TZNAME:" + zone.getDisplayName(TextStyle.SHORT, Locale.US));
            line("END:STANDARD");
        } else {
            for (var rule : rules.getTransitionRules()) {
                var daylight = !rule.getOffsetAfter().equals(rule.getStandardOffset());
                var kind = daylight ? "DAYLIGHT" : "STANDARD";
                var start = rule.createTransition(1970).getDateTimeBefore();
                line("BEGIN:" + kind);
                line("DTSTART:" + LOCAL.format(start));
                line("TZOFFSETFROM:" + offset(rule.getOffsetBefore()));
                line("TZOFFSETTO:" + offset(rule.getOffsetAfter()));
                line("TZNAME:" + abbreviation(zone, rule));
                line("RRULE:" + yearly(rule));
                line("END:" + kind);
            }
        }
        line("END:VTIMEZONE");
    }

    private static String yearly(ZoneOffsetTransitionRule rule) {
        var rrule = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return rrule + ";BYMONTHDAY=" + day;
        }
        var weekday = DAYS[rule.getDayOfWeek().getValue() - 1];
        if (day == -1) {
            return rrule + ";BYDAY=-1" + weekday;
        }
        if (day > 0 && (day - 1) % 7 == 0) {
            return rrule + ";BYDAY=" + ((day - 1) / 7 + 1) + weekday;
        }
        // "the weekday on or after (or before, when negative) this day": one of seven days of the month
        var days = IntStream.range(0, 7)
                .map(i -> day > 0 ? day + i : day - i)
                .mapToObj(Integer::toString)
                .collect(Collectors.joining(","));
        return rrule + ";BYDAY=" + weekday + ";BYMONTHDAY=" + days;
    }

    /** The zone's name for the time after this change, as of this year's change (PDT, PST). */
    private static String abbreviation(ZoneId zone, ZoneOffsetTransitionRule rule) {
        var change = rule.createTransition(Year.now(ZoneOffset.UTC).getValue());
        var after = change.getInstant().plusSeconds(3600);
        return DateTimeFormatter.ofPattern("zzz", Locale.US).format(after.atZone(zone));
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }

    /** TEXT values (RFC 5545 3.3.11). */
    private static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** A parameter value, quoted; the quote character itself cannot appear in one (RFC 5545 3.2). */
    private static String parameter(String value) {
        return "\"" + value.replace("\"", "'").replaceAll("[\\r\\n]", " ") + "\"";
    }

    /** Adds one content line, folded at 75 octets with CRLF and a space (RFC 5545 3.1). */
    private void line(String content) {
        var bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            // never cut a UTF-8 sequence: back up to the start of a character
            while ((bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            text.append(new String(bytes, start, end - start, StandardCharsets.UTF_8))
                    .append("\r\n ");
            start = end;
            limit = 74;
        }
        text.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8))
                .append("\r\n");
    }
}
