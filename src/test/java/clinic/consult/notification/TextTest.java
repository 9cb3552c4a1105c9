package clinic.consult.notification;

import static io.restassured.RestAssured.given;

import clinic.consult.support.FakeTwilio;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Slots;
import clinic.consult.support.Sql;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the tests of texts share: a fake Twilio with no requests seen, the clock at midday at the clinics (outside
 * quiet hours), and people who chose texts.
 */
abstract class TextTest extends OutboxTest {

    @BeforeEach
    void freshTwilioAtMidday() {
        FakeTwilio.reset();
        clock.fixAt(LocalDate.now(Slots.LOS_ANGELES)
                .atTime(LocalTime.NOON)
                .atZone(Slots.LOS_ANGELES)
                .toInstant());
    }

    /** A new person who chose texts and consented to them. */
    static LeadForm textingPerson() {
        return LeadForm.person()
                .with("preferredContact", "SMS")
                .with("consent", java.util.Map.of("contact", true, "sms", true, "privacyNoticeVersion", "2026-01"));
    }

    /** Another person's form with this one's number. */
    static LeadForm sameNumber(LeadForm form, String tag) {
        return textingPerson().with("phone", form.phone()).with("email", tag + "-" + form.email());
    }

    /** A form's phone as the service stores it. */
    static String e164(LeadForm form) {
        return "+1" + form.phone().replaceAll("\\D", "");
    }

    String row(String leadId, String type, String channel, String column) {
        return Sql.single(
                dataSource,
                "select " + column + " from notifications where lead_id = ?::uuid and type = ? and channel = ?",
                leadId,
                type,
                channel);
    }

    void deliverAll() {
        while (worker.deliverDue() > 0) {
            // a person's messages go one after the other
        }
    }

    static String submit(LeadForm form) {
        return given().contentType(ContentType.JSON)
                .body(form.body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
