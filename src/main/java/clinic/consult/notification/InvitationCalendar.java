package clinic.consult.notification;

import static clinic.consult.icalendar.ICalendarText.local;
import static clinic.consult.icalendar.ICalendarText.timeZone;
import static clinic.consult.icalendar.ICalendarText.with;
import static clinic.consult.icalendar.ICalendarText.zoned;

import clinic.consult.icalendar.ICalendarText;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;

/**
 * iCalendar (RFC 5545) invitations of an appointment, for the person's calendar: the same UID for the appointment's
 * whole life, SEQUENCE raised by each change, METHOD:REQUEST while it stands and METHOD:CANCEL once cancelled (RFC
 * 5546). Times carry the location's TZID with its VTIMEZONE ({@link ICalendarText}).
 */
final class InvitationCalendar {

    static final String PRODUCT_ID = ICalendarText.PRODUCT_ID;

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

    private InvitationCalendar() {}

    static String method(Event event) {
        return event.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_REQUEST;
    }

    static byte[] of(Event event, Instant stamp) {
        var zone = event.zone();
        var appointment = with(
                new VEvent(false),
                new Uid(event.uid()),
                new DtStamp(stamp),
                new Sequence(event.sequence()),
                new DtStart<>(zoned(zone), local(event.start(), zone)),
                new DtEnd<>(zoned(zone), local(event.end(), zone)),
                new Status(event.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED),
                new Summary(event.summary()));
        if (event.location() != null) {
            appointment.add(new Location(event.location()));
        }
        if (event.description() != null) {
            appointment.add(new Description(event.description()));
        }
        if (event.url() != null) {
            appointment.add(new Url(URI.create(event.url())));
        }
        with(
                appointment,
                new Organizer(
                        new ParameterList(List.of(new Cn(parameter(event.organizerName())))),
                        mailto(event.organizerEmail())),
                new Attendee(
                        new ParameterList(List.of(
                                new Cn(parameter(event.attendeeName())),
                                Role.REQ_PARTICIPANT,
                                PartStat.ACCEPTED,
                                Rsvp.FALSE)),
                        mailto(event.attendeeEmail())),
                new Transp(Transp.VALUE_OPAQUE));
        var calendar = with(
                new Calendar(),
                new ProdId(PRODUCT_ID),
                new Version(new ParameterList(), Version.VALUE_2_0),
                new CalScale(CalScale.VALUE_GREGORIAN),
                new Method(method(event)));
        calendar.add(timeZone(zone));
        calendar.add(appointment);
        return ICalendarText.write(calendar);
    }

    private static URI mailto(String address) {
        return URI.create("mailto:" + address);
    }

    /** A parameter value: the quote character cannot appear in one, nor a line break (RFC 5545 3.2). */
    private static String parameter(String value) {
        return value.replace("\"", "'").replaceAll("[\\r\\n]", " ");
    }
}
