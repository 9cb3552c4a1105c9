package clinic.consult.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.LeadForm;
import clinic.consult.support.Slots;
import clinic.consult.support.Smtp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Emails in the person's language and with the clinic's name: Spanish for who asked in Spanish, English otherwise. */
@QuarkusTest
class MailLanguageTest extends OutboxTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void shouldWriteToAPersonWhoAskedInSpanishInSpanish() {
        var person = LeadForm.person().conditions("DEPRESSION").with("message", "Tengo depresión desde hace años");
        var monday = Slots.monday().plusWeeks(3); // a day no other test books
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "es-US,es;q=0.9")
                .body(java.util.Map.of(
                        "locationId",
                        "tustin",
                        "type",
                        Slots.IN_PERSON,
                        "start",
                        Slots.at(monday, "10:00"),
                        "lead",
                        person.body()))
                .post("/api/v1/appointments")
                .then()
                .statusCode(201);
        deliver();

        var mail = only(Smtp.receivedBy(person.email()));
        var when = DateTimeFormatter.ofPattern("EEE d 'de' MMM, h:mm a zzz", SPANISH)
                .format(monday.atTime(10, 0).atZone(Slots.LOS_ANGELES));
        assertThat(mail.subject()).isEqualTo("Su consulta está confirmada para el " + when);
        var longWhen = DateTimeFormatter.ofPattern("EEEE, d 'de' MMMM 'de' y, h:mm a zzz", SPANISH)
                .format(monday.atTime(10, 0).atZone(Slots.LOS_ANGELES));
        assertThat(mail.text())
                .startsWith("Hola " + person.firstName() + ":")
                .contains("Consulta gratuita en persona")
                .contains(longWhen + " (hasta ")
                .contains("En persona en Tustin.")
                .contains("El equipo de OC Clinic en Tustin");
        assertThat(mail.html()).contains("<html lang=\"es\">").contains("OC Clinic");
        assertThat(mail.calendar()).contains("SUMMARY:Consulta gratuita en persona - Tustin");
        assertThat(mail.everything().toLowerCase(Locale.ROOT)).doesNotContain("depres");
    }

    @Test
    void shouldSignEveryEmailWithTheClinicsNameAndGiveItsPhoneWhereTheLocationHasNone() {
        var person = LeadForm.person().with("preferredLocationId", "tustin");
        given().contentType(ContentType.JSON)
                .body(person.body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201);
        deliver();

        var mail = only(Smtp.receivedBy(person.email()));
        assertThat(mail.subject()).isEqualTo("We received your consultation request");
        assertThat(mail.text())
                .startsWith("Hello " + person.firstName() + ",")
                .contains("The OC Clinic team in Tustin")
                .contains("Phone: (714) 555-0100")
                .doesNotContain("Map and directions");
        assertThat(mail.html()).contains("<html lang=\"en\">").contains(">OC Clinic</a>");
    }

    private void deliver() {
        while (worker.deliverDue() > 0) {
            // a person's messages go one after the other
        }
    }

    private static Smtp.Mail only(List<Smtp.Mail> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }
}
