package clinic.consult.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Booking;
import clinic.consult.support.LeadForm;
import clinic.consult.support.LogCapture;
import clinic.consult.support.Slots;
import clinic.consult.support.TestClock;
import clinic.consult.support.Tokens;
import clinic.consult.support.Treatment;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The feed as a calendar app reads it, parsed with ical4j: the location's appointments, at the right times in the
 * location's zone on both sides of a change of offset, following bookings as they change, and nothing that names or
 * describes the person.
 */
@QuarkusTest
class CalendarResourceTest extends ApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void restore() {
        clock.reset();
    }

    @Test
    void shouldShowEachAppointmentAtItsLocalTimeOnBothSidesOfTheChangeToStandardTime() {
        clock.fixAt(OffsetDateTime.parse("2026-10-26T08:00:00-07:00").toInstant());
        var person = LeadForm.person()
                .with("message", "Private words about my treatment")
                .conditions("PTSD");
        var before = Booking.at("tustin", Slots.IN_PERSON, "2026-10-30T10:45:00-07:00")
                .lead(person.body())
                .booked();
        var after = Booking.at("tustin", Slots.IN_PERSON, "2026-11-03T10:45:00-08:00")
                .lead(LeadForm.person().body())
                .booked();
        var elsewhere = Booking.at("seal-beach", Slots.IN_PERSON, "2026-10-30T10:45:00-07:00")
                .lead(LeadForm.person().body())
                .booked();
        Calendar seal;
        String text;
        try (var log = LogCapture.start()) {
            var created = CalendarFeedResourceTest.create(staffOf("tustin", "seal-beach"));
            text = feed(created, "tustin");
            seal = parse(feed(created, "seal-beach"));
            assertThat(log.text()).doesNotContain(created.getString("key"));
        }
        var calendar = parse(text);

        assertThat(value(calendar, "METHOD")).isEqualTo("PUBLISH");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Consultations · Tustin");
        assertThat(value(calendar, "X-WR-TIMEZONE")).isEqualTo("America/Los_Angeles");
        assertThat(value(calendar, "REFRESH-INTERVAL")).isEqualTo("PT15M");
        var zone = new TimeZone(calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow());
        assertThat(zone.getOffset(Instant.parse("2026-10-30T17:45:00Z").toEpochMilli()))
                .isEqualTo(-7 * 3_600_000);
        assertThat(zone.getOffset(Instant.parse("2026-11-03T18:45:00Z").toEpochMilli()))
                .isEqualTo(-8 * 3_600_000);

        var first = event(calendar, before).orElseThrow();
        assertThat(start(first)).isEqualTo(Instant.parse("2026-10-30T17:45:00Z"));
        assertThat(end(first)).isEqualTo(Instant.parse("2026-10-30T18:15:00Z"));
        assertThat(first.<Property>getRequiredProperty("DTSTART").getValue()).isEqualTo("20261030T104500");
        assertThat(tzid(first)).isEqualTo("America/Los_Angeles");
        var second = event(calendar, after).orElseThrow();
        assertThat(start(second)).isEqualTo(Instant.parse("2026-11-03T18:45:00Z"));
        assertThat(second.<Property>getRequiredProperty("DTSTART").getValue()).isEqualTo("20261103T104500");
        assertThat(event(calendar, elsewhere)).isEmpty();

        var leadId = before.getString("leadId");
        assertThat(value(first, "SUMMARY")).isEqualTo("Free in-person consultation · lead " + leadId.substring(0, 8));
        assertThat(value(first, "DESCRIPTION")).contains(leadId).contains("/staff/leads/" + leadId);
        assertThat(value(first, "URL")).isEqualTo("https://www.clinic.example/staff/leads/" + leadId);
        assertThat(value(first, "LOCATION")).startsWith("Tustin");
        assertThat(value(first, "STATUS")).isEqualTo("CONFIRMED");
        var form = person.body();
        assertThat(text)
                .doesNotContain((String) form.get("firstName"))
                .doesNotContain(person.email())
                .doesNotContain(person.phone().replaceAll("\\D", "").substring(3))
                .doesNotContain("PTSD")
                .doesNotContain("Private words");

        assertThat(event(seal, elsewhere)).isPresent();
        assertThat(event(seal, before)).isEmpty();
    }

    @Test
    void shouldFollowAnAppointmentThatMovesIsCompletedOrIsCancelled() {
        clock.fixAt(OffsetDateTime.parse("2026-10-26T08:00:00-07:00").toInstant());
        var moved = Booking.at("tustin", Slots.IN_PERSON, "2026-10-28T13:15:00-07:00")
                .lead(LeadForm.person().body())
                .booked();
        var cancelled = Booking.at("tustin", Slots.IN_PERSON, "2026-10-28T14:15:00-07:00")
                .lead(LeadForm.person().body())
                .booked();
        var completed = Booking.at("tustin", Slots.IN_PERSON, "2026-10-27T09:15:00-07:00")
                .lead(LeadForm.person().body())
                .booked();
        var created = CalendarFeedResourceTest.create(staffOf("tustin"));
        var uid = value(event(parse(feed(created, "tustin")), moved).orElseThrow(), "UID");

        manage(moved, "reschedule", Map.of("start", "2026-10-29T15:15:00-07:00"));
        manage(cancelled, "cancel", Map.of());
        clock.fixAt(OffsetDateTime.parse("2026-10-27T10:00:00-07:00").toInstant());
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(Map.of("status", "COMPLETED"))
                .when()
                .patch("/api/v1/appointments/" + completed.getString("id"))
                .then()
                .statusCode(200);

        var calendar = parse(feed(created, "tustin"));
        var now = event(calendar, moved).orElseThrow();
        assertThat(value(now, "UID")).isEqualTo(uid);
        assertThat(value(now, "SEQUENCE")).isEqualTo("1");
        assertThat(start(now)).isEqualTo(Instant.parse("2026-10-29T22:15:00Z"));
        assertThat(event(calendar, cancelled)).isEmpty();
        assertThat(value(event(calendar, completed).orElseThrow(), "SUMMARY")).endsWith("(completed)");
    }

    @Test
    void shouldShowAnInfusionsPlaceInItsSeriesAndTheSeriesProgress() {
        var monday = Slots.monday();
        var starts = List.of(0, 2, 4, 7, 9).stream()
                .map(day -> Slots.at(monday.plusDays(day), "09:00"))
                .toList();
        var booked = Treatment.book(Treatment.booking(Treatment.consultedLead("tustin"), "tustin", starts))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        clock.fixAt(OffsetDateTime.parse(booked.getString("infusions[0].end"))
                .toInstant()
                .plusSeconds(60));
        given().header(Tokens.asStaff())
                .contentType(ContentType.JSON)
                .body(Map.of("status", "COMPLETED"))
                .patch("/api/v1/appointments/{id}", booked.getString("infusions[0].appointmentId"))
                .then()
                .statusCode(200);
        var created = CalendarFeedResourceTest.create(staffOf("tustin"));

        var uid = booked.getString("infusions[1].appointmentId") + "-staff@www.clinic.example";
        var second = parse(feed(created, "tustin")).<VEvent>getComponents("VEVENT").stream()
                .filter(event -> uid.equals(value(event, "UID")))
                .findFirst()
                .orElseThrow();
        assertThat(value(second, "SUMMARY")).startsWith("Ketamine infusion 2 of 5 · lead ");
        assertThat(value(second, "DESCRIPTION")).contains("Series: 1 of 5 done");
    }

    @Test
    void shouldShowTheWindowAroundTodayOnly() {
        clock.fixAt(OffsetDateTime.parse("2026-10-26T08:00:00-07:00").toInstant());
        var booked = Booking.at("tustin", Slots.IN_PERSON, "2026-10-27T11:15:00-07:00")
                .lead(LeadForm.person().body())
                .booked();
        var created = CalendarFeedResourceTest.create(staffOf("tustin"));

        clock.fixAt(OffsetDateTime.parse("2026-11-10T08:00:00-08:00").toInstant());
        assertThat(event(parse(feed(created, "tustin")), booked)).isPresent();

        clock.fixAt(OffsetDateTime.parse("2026-11-11T08:00:00-08:00").toInstant());
        assertThat(event(parse(feed(created, "tustin")), booked)).isEmpty();
    }

    @Test
    void shouldAnswerTheSame404ForAWrongKeyAnotherLocationAndARevokedKey() {
        var created = CalendarFeedResourceTest.create(staffOf("tustin"));
        var key = created.getString("key");
        var guessed = "calfeed_" + "A".repeat(43);

        for (var path : List.of(
                "/api/v1/calendars/" + key + "/seal-beach.ics",
                "/api/v1/calendars/" + key + "/nowhere.ics",
                "/api/v1/calendars/" + guessed + "/tustin.ics",
                "/api/v1/calendars/not-a-key/tustin.ics")) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body(
                            "detail",
                            equalTo("Calendar '" + path.substring(path.lastIndexOf('/') + 1, path.length() - 4)
                                    + "' does not exist"));
        }
        given().header(Tokens.bearer(Tokens.signedFor("front-desk-2", List.of("tustin"), "staff")))
                .when()
                .delete("/api/v1/calendar-feeds/" + created.getString("feed.id"))
                .then()
                .statusCode(404);
        given().header(Tokens.asAdmin())
                .when()
                .delete("/api/v1/calendar-feeds/" + created.getString("feed.id"))
                .then()
                .statusCode(204);
        given().when().get("/api/v1/calendars/" + key + "/tustin.ics").then().statusCode(404);
    }

    @Test
    void shouldAuditEveryReadUnderTheKeysOwnerOnEachLeadShown() {
        var subject = CalendarFeedResourceTest.unique("desk");
        var owner = Tokens.bearer(Tokens.signedFor(subject, List.of("tustin"), "staff"));
        clock.fixAt(OffsetDateTime.parse("2027-02-01T08:00:00-08:00").toInstant());
        var booked = Booking.at("tustin", Slots.IN_PERSON, "2027-02-03T15:45:00-08:00")
                .lead(LeadForm.person().body())
                .booked();
        var created = CalendarFeedResourceTest.create(owner);

        feed(created, "tustin");

        given().header(Tokens.asAdmin())
                .queryParam("subject", subject)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("CALENDAR_FEED_READ"))
                .body(
                        "items.findAll { it.action == 'CALENDAR_FEED_READ' }[0].detail",
                        startsWith("calendar feed " + created.getString("feed.id") + " of tustin: "));
        given().header(Tokens.asAdmin())
                .queryParam("leadId", booked.getString("leadId"))
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.findAll { it.action == 'APPOINTMENT_LISTED' }[0].subject", equalTo(subject))
                .body(
                        "items.findAll { it.action == 'APPOINTMENT_LISTED' }[0].detail",
                        equalTo("calendar feed " + created.getString("feed.id")));
        given().header(owner)
                .when()
                .get("/api/v1/calendar-feeds")
                .then()
                .statusCode(200)
                .body("[0].lastReadAt", notNullValue());
    }

    private static Header staffOf(String... locations) {
        return Tokens.bearer(Tokens.staffOf(locations));
    }

    private static void manage(JsonPath booked, String action, Map<String, Object> body) {
        given().header("X-Manage-Token", booked.getString("manageToken"))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/appointments/" + booked.getString("id") + "/" + action)
                .then()
                .statusCode(200);
    }

    private static String feed(JsonPath created, String locationId) {
        var path = "/api/v1/calendars/" + created.getString("key") + "/" + locationId + ".ics";
        return given().when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType("text/calendar")
                .extract()
                .asString();
    }

    private static Calendar parse(String text) {
        try {
            var calendar = new CalendarBuilder().build(new StringReader(text));
            calendar.validate();
            return calendar;
        } catch (Exception e) {
            throw new AssertionError("not a valid iCalendar feed: " + e, e);
        }
    }

    private static Optional<VEvent> event(Calendar calendar, JsonPath booked) {
        var uid = booked.getString("id") + "-staff@www.clinic.example";
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> uid.equals(value(event, "UID")))
                .findFirst();
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String tzid(VEvent event) {
        return event.<Property>getRequiredProperty("DTSTART")
                .<Parameter>getParameter("TZID")
                .map(Parameter::getValue)
                .orElse(null);
    }

    private static Instant start(VEvent event) {
        return instant(event.<DateProperty<?>>getRequiredProperty("DTSTART"));
    }

    private static Instant end(VEvent event) {
        return instant(event.<DateProperty<?>>getRequiredProperty("DTEND"));
    }

    private static Instant instant(DateProperty<?> property) {
        if (property.getDate() instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (property.getDate() instanceof LocalDateTime) {
            throw new AssertionError("a floating time, without a zone: " + property);
        }
        throw new AssertionError("not a date-time: " + property);
    }
}
