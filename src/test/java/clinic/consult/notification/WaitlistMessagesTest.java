package clinic.consult.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.Booking;
import clinic.consult.support.FakeTwilio;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Smtp;
import clinic.consult.support.Waitlists;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A waitlist's messages reach the person in their language and channel, with a link to their entry and no more. */
@QuarkusTest
class WaitlistMessagesTest extends TextTest {

    @AfterEach
    void restoreSchedules() {
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldWriteInSpanishToAPersonWhoAskedInSpanish() {
        var monday = Slots.monday();
        var taken =
                Booking.at("tustin", Slots.IN_PERSON, Slots.at(monday, "14:00")).created();
        var person = Waitlists.requested(LeadForm.person().with("language", "es"));
        var joined = Waitlists.joined(Waitlists.body(person, "tustin", monday, "14:00", "14:30"));
        cancel(taken);
        deliverAll();

        var mails = Smtp.receivedBy(person.form().email());
        assertThat(mails).extracting(Smtp.Mail::subject).contains("Está en la lista de espera de Tustin");
        var offer = mails.stream()
                .filter(mail -> mail.subject().startsWith("Se liberó un horario: "))
                .findFirst()
                .orElseThrow();
        assertThat(offer.text())
                .contains("se lo guardamos hasta el")
                .contains("/waitlist/" + joined.id() + "?token=" + joined.token())
                .contains("&action=leave");
        assertThat(offer.everything().toLowerCase(Locale.ROOT)).doesNotContain("ketamine");
    }

    @Test
    void shouldTextTheOfferWithAShortLinkToTheEntry() {
        var monday = Slots.monday();
        var taken =
                Booking.at("tustin", Slots.IN_PERSON, Slots.at(monday, "15:00")).created();
        var person = Waitlists.requested(textingPerson());
        var joined = Waitlists.joined(Waitlists.body(person, "tustin", monday, "15:00", "15:30"));
        // the request's receipt is the number's text of the day (the joined message goes by email): the offer comes
        // the next day
        deliverAll();
        assertThat(Smtp.receivedBy(person.form().email()))
                .extracting(Smtp.Mail::subject)
                .contains("You are on the waitlist at Tustin");
        clock.advance(Duration.ofHours(25));
        cancel(taken);
        deliverAll();

        var texts = FakeTwilio.messagesTo(e164(person.form())).stream()
                .map(message -> message.get("Body"))
                .toList();
        var offer = texts.stream()
                .filter(text -> text.contains("a time opened"))
                .findFirst()
                .orElseThrow();
        assertThat(offer).contains("It is yours if you confirm by").endsWith("Reply STOP to opt out.");
        var code = java.util.regex.Pattern.compile("/s/(\\w+)").matcher(offer);
        assertThat(code.find()).as("a short link in " + offer).isTrue();
        var path = "/s/" + code.group(1);
        var target = given().redirects()
                .follow(false)
                .get(path)
                .then()
                .statusCode(302)
                .extract()
                .header("Location");
        assertThat(target).endsWith("/waitlist/" + joined.id() + "?token=" + joined.token());
    }

    private static void cancel(Map<String, Object> appointment) {
        given().header("X-Manage-Token", appointment.get("manageToken"))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/appointments/{id}/cancel", appointment.get("id"))
                .then()
                .statusCode(200);
    }
}
