package clinic.consult.icalendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * What every iCalendar object (RFC 5545) of this service shares, the invitations of an appointment and the staff's
 * calendar feeds: times as the location's wall clock under its TZID, a VTIMEZONE made from the JDK's time-zone rules
 * (the rules every other time here follows, rather than ical4j's own copy of the time-zone database), and the text
 * itself, which ical4j writes (escaping, parameters) and this class folds.
 */
public final class ICalendarText {

    public static final String PRODUCT_ID = "-//Consultation booking//Consult service//EN";
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private ICalendarText() {}

    /** The calendar as UTF-8 text, its lines folded at 75 octets. */
    public static byte[] write(Calendar calendar) {
        var text = new StringWriter();
        try {
            // not validated: ical4j's validation asks more of an invitation than RFC 5546 does; not folded by ical4j,
            // which folds at 75 characters where RFC 5545 3.1 says 75 octets (a line of accented letters is twice that)
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var folded = new StringBuilder();
        for (var line : text.toString().split("\r\n")) {
            fold(line, folded);
        }
        return folded.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A VTIMEZONE with the zone's current yearly rules, or its fixed offset when it has none. */
    public static VTimeZone timeZone(ZoneId zone) {
        var rules = zone.getRules();
        var observances = new ArrayList<Observance>();
        if (rules.getTransitionRules().isEmpty()) {
            var offset = rules.getOffset(Instant.EPOCH);
            observances.add(with(
                    new Standard(),
                    new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)),
                    new TzOffsetFrom(offset),
                    new TzOffsetTo(offset),
                    new TzName(zone.getDisplayName(TextStyle.SHORT, Locale.US))));
        } else {
            for (var rule : rules.getTransitionRules()) {
                var daylight = !rule.getOffsetAfter().equals(rule.getStandardOffset());
                observances.add(with(
                        daylight ? new Daylight() : new Standard(),
                        new DtStart<>(rule.createTransition(1970).getDateTimeBefore()),
                        new TzOffsetFrom(rule.getOffsetBefore()),
                        new TzOffsetTo(rule.getOffsetAfter()),
                        new TzName(abbreviation(zone, rule)),
                        new RRule<>(yearly(rule))));
            }
        }
        return with(
                new VTimeZone(new ComponentList<>(observances)),
                new net.fortuna.ical4j.model.property.TzId(zone.getId()));
    }

    public static <T extends PropertyContainer> T with(T container, Property... properties) {
        for (var property : properties) {
            container.add(property);
        }
        return container;
    }

    /** The TZID parameter of a time given as the zone's wall clock. */
    public static ParameterList zoned(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    /** A time as the zone's wall clock, which the TZID parameter names. */
    public static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDateTime();
    }

    /** One content line, folded at 75 octets with CRLF and a space, never inside a UTF-8 sequence. */
    private static void fold(String content, StringBuilder text) {
        var bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
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
}
