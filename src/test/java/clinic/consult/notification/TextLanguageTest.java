package clinic.consult.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.notification.text.Segments;
import clinic.consult.support.Booking;
import clinic.consult.support.FakeTwilio;
import clinic.consult.support.Slots;
import clinic.consult.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Texts in the person's language: Spanish for who asked in Spanish, in words a GSM-7 text carries. */
@QuarkusTest
class TextLanguageTest extends TextTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void shouldTextAPersonWhoAskedInSpanishInSpanish() {
        var person = textingPerson();
        var lead = given().contentType(ContentType.JSON)
                .header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5")
                .body(person.body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("id");
        deliverAll();

        var receipt = FakeTwilio.messagesTo(e164(person)).get(0).get("Body");
        assertThat(receipt)
                .startsWith("OC Clinic: recibimos su solicitud de consulta gratuita")
                .endsWith("Responda STOP para no recibir mensajes.");
        assertThat(Segments.isGsm7(receipt)).isTrue();
        given().header(Tokens.asStaff())
                .get("/api/v1/leads/{id}", lead)
                .then()
                .statusCode(200)
                .body("language", org.hamcrest.Matchers.equalTo("es"));
    }

    @Test
    void shouldGiveTheTimeTheSpanishWayInGsm7() {
        var person = textingPerson().with("language", "es");
        var monday = Slots.monday().plusWeeks(2); // a day no other test books
        Booking.at("tustin", Slots.IN_PERSON, Slots.at(monday, "10:00"))
                .lead(person.body())
                .booked();
        deliverAll();

        var confirmed = FakeTwilio.messagesTo(e164(person)).get(0).get("Body");
        var when = DateTimeFormatter.ofPattern("EEE d 'de' MMM, h:mm a zzz", SPANISH)
                .format(monday.atTime(10, 0).atZone(Slots.LOS_ANGELES));
        assertThat(confirmed)
                .contains("confirmamos su consulta para el " + Segments.toGsm7(when) + " en Tustin. Gestionar: ")
                .contains("10:00 a. m.");
        assertThat(Segments.isGsm7(confirmed)).as(confirmed).isTrue();
        assertThat(Segments.of(confirmed)).isLessThanOrEqualTo(2);
    }
}
