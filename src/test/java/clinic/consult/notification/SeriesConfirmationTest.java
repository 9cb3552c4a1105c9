package clinic.consult.notification;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.FakeTwilio;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Slots;
import clinic.consult.support.Smtp;
import clinic.consult.support.Treatment;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A booked series is confirmed once, every infusion in it, in the person's language and channel. */
@QuarkusTest
class SeriesConfirmationTest extends TextTest {

    private static final Pattern UID = Pattern.compile("UID:(\\S+)");

    @Test
    void shouldConfirmEveryInfusionInOneEmailWithAnInvitationForEach() {
        var person = LeadForm.person().with("preferredLocationId", "tustin");
        var starts = book(person, Slots.monday());
        deliverAll();

        var mails = Smtp.receivedBy(person.email()).stream()
                .filter(mail -> mail.subject().contains("appointments"))
                .toList();
        assertThat(mails).hasSize(1);
        var mail = mails.get(0);
        assertThat(mail.subject()).isEqualTo("Your 5 appointments at Tustin are confirmed");
        assertThat(mail.text())
                .contains("Your treatment series of 5 visits is booked at these times.")
                .contains("1. ")
                .contains("5. ")
                .contains("To change a time, please call us.");
        assertThat(mail.html()).contains("<ol").contains("<li>");
        assertThat(mail.calendars()).hasSize(5).allSatisfy(calendar -> assertThat(calendar)
                .contains("METHOD:REQUEST")
                .contains("SUMMARY:Appointment - Tustin")
                .doesNotContain("infusion"));
        var uids = mail.calendars().stream()
                .map(calendar -> UID.matcher(calendar)
                        .results()
                        .findFirst()
                        .orElseThrow()
                        .group(1))
                .toList();
        assertThat(uids).doesNotHaveDuplicates();
        assertThat(mail.subject().toLowerCase(Locale.ROOT))
                .doesNotContain("infusion")
                .doesNotContain("ketamine");
        assertThat(starts).hasSize(5);
    }

    @Test
    void shouldConfirmInSpanishToAPersonWhoAskedInSpanish() {
        var person = LeadForm.person().with("preferredLocationId", "tustin").with("language", "es");
        book(person, Slots.monday().plusWeeks(1));
        deliverAll();

        var mails = Smtp.receivedBy(person.email()).stream()
                .filter(mail -> mail.subject().contains("citas"))
                .toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo("Sus 5 citas en Tustin están confirmadas");
        assertThat(mails.get(0).calendars()).hasSize(5).allSatisfy(calendar -> assertThat(calendar)
                .contains("SUMMARY:Cita - Tustin"));
    }

    @Test
    void shouldTextEveryTimeToAPersonWhoChoseTexts() {
        var person = textingPerson().with("preferredLocationId", "tustin");
        var leadId = Treatment.consulted(person);
        // the request's receipt was the number's text of the day; the series is booked after the consultation
        deliverAll();
        clock.advance(java.time.Duration.ofDays(2));
        book(leadId, Slots.monday().plusWeeks(2));
        deliverAll();

        var texts = FakeTwilio.messagesTo(e164(person)).stream()
                .map(message -> message.get("Body"))
                .filter(body -> body.contains("appointments"))
                .toList();
        assertThat(texts).hasSize(1);
        assertThat(texts.get(0))
                .contains("your 5 appointments in Tustin are confirmed: ")
                .contains("To change one, call")
                .endsWith("Reply STOP to opt out.");
        assertThat(texts.get(0).split("; ")).hasSize(5);
        assertThat(texts.get(0).toLowerCase(Locale.ROOT))
                .doesNotContain("infusion")
                .doesNotContain("ketamine");
    }

    private static List<String> book(LeadForm person, java.time.LocalDate monday) {
        return book(Treatment.consulted(person), monday);
    }

    private static List<String> book(String leadId, java.time.LocalDate monday) {
        var starts = List.of(0, 2, 4, 7, 9).stream()
                .map(day -> Slots.at(monday.plusDays(day), "09:00"))
                .toList();
        Treatment.book(Treatment.booking(leadId, "tustin", starts)).then().statusCode(201);
        return starts;
    }
}
