package clinic.consult.notification;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.Invitation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class InvitationCalendarTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void shouldCarryTheAppointmentsInstantsUidSequenceAndMethod() {
        var start = LocalDateTime.parse("2026-11-02T09:00").atZone(LOS_ANGELES).toInstant();
        var invitation = Invitation.parse(ics(event("a1@clinic.example", 3, false, start, LOS_ANGELES)));

        assertThat(invitation.method()).isEqualTo("REQUEST");
        assertThat(invitation.uid()).isEqualTo("a1@clinic.example");
        assertThat(invitation.sequence()).isEqualTo(3);
        assertThat(invitation.status()).isEqualTo("CONFIRMED");
        assertThat(invitation.start()).isEqualTo(Instant.parse("2026-11-02T17:00:00Z"));
        assertThat(invitation.end()).isEqualTo(Instant.parse("2026-11-02T17:30:00Z"));
        assertThat(invitation.tzid()).isEqualTo("America/Los_Angeles");
        assertThat(invitation.organizer()).isEqualTo("mailto:no-reply@clinic.example");
        assertThat(invitation.attendee()).isEqualTo("mailto:pat@example.com");
    }

    @Test
    void shouldSayCancelWhenCancelled() {
        var start = Instant.parse("2026-07-01T16:00:00Z");
        var invitation = Invitation.parse(ics(event("a2@clinic.example", 2, true, start, LOS_ANGELES)));

        assertThat(invitation.method()).isEqualTo("CANCEL");
        assertThat(invitation.status()).isEqualTo("CANCELLED");
        assertThat(invitation.sequence()).isEqualTo(2);
    }

    /**
     * The VTIMEZONE must give the zone's real offset on the days either side of each change, in years to come (ical4j
     * evaluates observances to the day, so the hour of the change is checked in the text).
     */
    @Test
    void shouldDescribeTheZonesDaylightSavingRules() {
        for (var zone : new ZoneId[] {LOS_ANGELES, ZoneId.of("America/Phoenix"), ZoneId.of("Europe/London")}) {
            var invitation = Invitation.parse(
                    ics(event("z@clinic.example", 0, false, Instant.parse("2026-11-23T17:00:00Z"), zone)));
            for (var at : new String[] {
                "2026-03-07T12:00:00Z", "2026-03-09T12:00:00Z", "2026-10-31T12:00:00Z", "2026-11-02T12:00:00Z",
                "2027-03-13T12:00:00Z", "2027-03-15T12:00:00Z", "2027-11-06T12:00:00Z", "2027-11-08T12:00:00Z",
                "2028-01-15T12:00:00Z", "2028-07-01T00:00:00Z", "2026-03-28T12:00:00Z", "2026-03-30T12:00:00Z",
                "2026-10-24T12:00:00Z", "2026-10-26T12:00:00Z"
            }) {
                var instant = Instant.parse(at);
                assertThat(invitation.timeZone().getOffset(instant.toEpochMilli()))
                        .as("%s at %s", zone, at)
                        .isEqualTo(zone.getRules().getOffset(instant).getTotalSeconds() * 1000);
            }
        }
    }

    @Test
    void shouldChangeAtTwoInTheMorningWithTheZonesAbbreviations() {
        var text = ics(event("z@clinic.example", 0, false, Instant.parse("2026-11-23T17:00:00Z"), LOS_ANGELES));

        assertThat(text)
                .contains("BEGIN:DAYLIGHT\r\nDTSTART:19700308T020000\r\nTZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700\r\n"
                        + "TZNAME:PDT\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT")
                .contains("BEGIN:STANDARD\r\nDTSTART:19701101T020000\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800\r\n"
                        + "TZNAME:PST\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nEND:STANDARD")
                .contains("DTSTART;TZID=America/Los_Angeles:20261123T090000");
    }

    @Test
    void shouldEscapeTextAndFoldLongLinesWithoutBreakingCharacters() {
        var event = new InvitationCalendar.Event(
                "a3@clinic.example",
                0,
                false,
                Instant.parse("2026-11-23T17:00:00Z"),
                Instant.parse("2026-11-23T17:30:00Z"),
                LOS_ANGELES,
                "Free consultation; Tustin, CA",
                "30230 Rancho Viejo Road, Ste. 134, San Juan Capistrano, CA 92675 — ñandú ü " + "é".repeat(60),
                "Line one\nLine two",
                null,
                "San Juan Capistrano team",
                "no-reply@clinic.example",
                "José \"Pepe\"",
                "pat@example.com");
        var text = ics(event);

        assertThat(text).contains("SUMMARY:Free consultation\\; Tustin\\, CA");
        assertThat(text).contains("DESCRIPTION:Line one\\nLine two");
        for (var line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(text.replace("\r\n ", "")).contains("é".repeat(60));
        assertThat(Invitation.parse(text).attendee()).isEqualTo("mailto:pat@example.com");
    }

    private static InvitationCalendar.Event event(
            String uid, int sequence, boolean cancelled, Instant start, ZoneId zone) {
        return new InvitationCalendar.Event(
                uid,
                sequence,
                cancelled,
                start,
                start.plusSeconds(1800),
                zone,
                "Free in-person consultation - Tustin",
                "Tustin, CA 92780",
                "Reschedule or cancel: https://www.clinic.example/appointments/x?token=y",
                "https://www.clinic.example/appointments/x?token=y",
                "Tustin team",
                "no-reply@clinic.example",
                "Pat",
                "pat@example.com");
    }

    private static String ics(InvitationCalendar.Event event) {
        return new String(InvitationCalendar.of(event, Instant.parse("2026-11-21T12:00:00Z")), StandardCharsets.UTF_8);
    }
}
