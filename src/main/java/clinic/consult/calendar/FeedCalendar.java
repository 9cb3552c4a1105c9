package clinic.consult.calendar;

import static clinic.consult.icalendar.ICalendarText.local;
import static clinic.consult.icalendar.ICalendarText.timeZone;
import static clinic.consult.icalendar.ICalendarText.with;
import static clinic.consult.icalendar.ICalendarText.zoned;

import clinic.consult.icalendar.ICalendarText;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * A location's appointments as a calendar to subscribe to (RFC 5545, METHOD:PUBLISH): the whole window each time,
 * so an appointment that moved shows at its new time and one cancelled is gone. Its name and refresh interval are
 * given both as RFC 7986 says and as Google Calendar and Outlook read them (X-WR-CALNAME, X-PUBLISHED-TTL).
 */
final class FeedCalendar {

    /** One appointment as the feed shows it: nothing in it names, reaches or describes the person. */
    record Entry(
            String uid,
            int sequence,
            Instant start,
            Instant end,
            Instant lastModified,
            String summary,
            String location,
            String description,
            String url) {}

    private FeedCalendar() {}

    static byte[] of(String name, ZoneId zone, List<Entry> entries, Instant stamp, Duration refreshEvery) {
        var calendar = with(
                new Calendar(),
                new ProdId(ICalendarText.PRODUCT_ID),
                new Version(new ParameterList(), Version.VALUE_2_0),
                new CalScale(CalScale.VALUE_GREGORIAN),
                new Method(Method.VALUE_PUBLISH),
                new Name(name),
                new XProperty("X-WR-CALNAME", name),
                new XProperty("X-WR-TIMEZONE", zone.getId()),
                new RefreshInterval(new ParameterList(List.of(Value.DURATION)), refreshEvery),
                new XProperty("X-PUBLISHED-TTL", refreshEvery.toString()));
        calendar.add(timeZone(zone));
        for (var entry : entries) {
            calendar.add(with(
                    new VEvent(false),
                    new Uid(entry.uid()),
                    new DtStamp(stamp),
                    new LastModified(entry.lastModified()),
                    new Sequence(entry.sequence()),
                    new DtStart<>(zoned(zone), local(entry.start(), zone)),
                    new DtEnd<>(zoned(zone), local(entry.end(), zone)),
                    new Status(Status.VALUE_CONFIRMED),
                    new Summary(entry.summary()),
                    new Location(entry.location()),
                    new Description(entry.description()),
                    new Url(URI.create(entry.url())),
                    new Transp(Transp.VALUE_OPAQUE)));
        }
        return ICalendarText.write(calendar);
    }
}
