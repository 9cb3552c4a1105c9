package clinic.consult.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.appointment.AppointmentReminders;
import clinic.consult.support.Booking;
import clinic.consult.support.FakeTwilio;
import clinic.consult.support.Slots;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What each text says: the clinic's name first, the time in the location's zone, a short link that opens the manage
 * page while the appointment is as the text said, the way to opt out, and nothing about the person's health.
 */
@QuarkusTest
class TextContentTest extends TextTest {

    private static final Pattern LINK = Pattern.compile("https://api\\.clinic\\.example/s/(\\w+)");
    private static final List<String> HEALTH_WORDS = List.of(
            "ketamine",
            "infusion",
            "depress",
            "anxiety",
            "ptsd",
            "pain",
            "ocd",
            "bipolar",
            "suicid",
            "treatment",
            "condition",
            "diagnos",
            "medic",
            "therapy",
            "mental",
            "health");

    @Inject
    AppointmentReminders reminders;

    @Test
    void shouldTextEachStepOfAnAppointmentWithAWorkingShortLinkAndNothingAboutHealth() {
        var person = textingPerson()
                .with("conditions", List.of("DEPRESSION", "CHRONIC_PAIN"))
                .with("message", "Ketamine for my depression, please");
        var monday = Slots.monday();
        var booked = Booking.at("tustin", Slots.IN_PERSON, Slots.at(monday, "10:00"))
                .lead(person.body())
                .booked();
        var id = booked.getString("id");
        var manage = booked.getString("manageToken");
        var number = e164(person);

        deliverAll();
        var confirmed = only(FakeTwilio.messagesTo(number));
        assertThat(confirmed)
                .startsWith("OC Clinic: your consultation is confirmed for Mon ")
                .contains(", 10:00 AM " + zone(monday) + " in Tustin. Manage: https://api.clinic.example/s/");
        var firstLink = code(confirmed);
        assertThat(follow(firstLink)).as("the link opens the manage page").isEqualTo(id);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        given().contentType(ContentType.JSON)
                .header("X-Manage-Token", manage)
                .body(Map.of("start", Slots.at(monday, "11:00")))
                .post("/api/v1/appointments/{id}/reschedule", id)
                .then()
                .statusCode(200);
        deliverAll();
        var moved = FakeTwilio.messagesTo(number).get(1).get("Body");
        assertThat(moved).contains("moved to Mon ").contains(", 11:00 AM " + zone(monday) + " in Tustin");
        assertThat(code(moved)).isNotEqualTo(firstLink);
        given().redirects()
                .follow(false)
                .get("/s/{code}", firstLink)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        assertThat(follow(code(moved))).isEqualTo(id);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        given().contentType(ContentType.JSON)
                .header("X-Manage-Token", manage)
                .body(Map.of("reason", "I feel better, no longer depressed"))
                .post("/api/v1/appointments/{id}/cancel", id)
                .then()
                .statusCode(200);
        deliverAll();
        var cancelled = FakeTwilio.messagesTo(number).get(2).get("Body");
        assertThat(cancelled).contains(" is cancelled.").doesNotContain("/s/");

        for (var text : List.of(confirmed, moved, cancelled)) {
            keepsTheRules(text);
        }
        assertThat(row(person, "APPOINTMENT_CONFIRMED")).isEqualTo(String.valueOf(segments(confirmed)));
    }

    @Test
    void shouldTextTheReminderADayBefore() {
        var person = textingPerson();
        var booked = Booking.at("tustin", Slots.VIRTUAL, Slots.at(Slots.monday(), "14:00"))
                .lead(person.body())
                .booked();
        deliverAll();

        clock.fixAt(Instant.parse(booked.getString("start")).minus(Duration.ofHours(23)));
        assertThat(reminders.queueDue()).isEqualTo(1);
        deliverAll();

        var reminder = FakeTwilio.messagesTo(e164(person)).get(1).get("Body");
        assertThat(reminder)
                .contains("reminder of your consultation Mon ")
                .contains(", 2:00 PM " + zone(Slots.monday()) + " by video");
        keepsTheRules(reminder);
        assertThat(follow(code(reminder))).isEqualTo(booked.getString("id"));
    }

    private static void keepsTheRules(String text) {
        assertThat(text).startsWith("OC Clinic: ").endsWith("Reply STOP to opt out.");
        var lower = text.toLowerCase(Locale.ROOT);
        for (var word : HEALTH_WORDS) {
            assertThat(lower).as("a health word in: " + text).doesNotContain(word);
        }
        assertThat(text).as("GSM-7 only: one segment is 160 characters").matches("[A-Za-z0-9 .,:;'?!()/+\\-@&]*");
        assertThat(segments(text)).as(text).isLessThanOrEqualTo(2);
    }

    /** PST or PDT, as the clinics' clocks say on that day. */
    private static String zone(java.time.LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.US)
                .format(day.atTime(12, 0).atZone(Slots.LOS_ANGELES));
    }

    /** Segments of a GSM-7 text: 160 characters in one, 153 a part when split. */
    private static int segments(String text) {
        return text.length() <= 160 ? 1 : (text.length() + 152) / 153;
    }

    private String row(clinic.consult.support.LeadForm person, String type) {
        return clinic.consult.support.Sql.single(
                dataSource,
                "select segments from notifications where recipient = ? and type = ? and channel = 'SMS'",
                e164(person),
                type);
    }

    private static String only(List<Map<String, String>> texts) {
        assertThat(texts).hasSize(1);
        return texts.get(0).get("Body");
    }

    private static String code(String text) {
        var link = LINK.matcher(text);
        assertThat(link.find()).as("a short link in: " + text).isTrue();
        return link.group(1);
    }

    /** Follows a short link as a phone does, then opens the page's appointment with the token it was given. */
    private static String follow(String code) {
        var location = given().redirects()
                .follow(false)
                .get("/s/{code}", code)
                .then()
                .statusCode(302)
                .extract()
                .header("Location");
        var page = Pattern.compile("/appointments/([0-9a-f-]+)\\?token=([^&]+)").matcher(location);
        assertThat(page.find()).as(location).isTrue();
        return given().header("X-Manage-Token", page.group(2))
                .get("/api/v1/appointments/{id}", page.group(1))
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }
}
