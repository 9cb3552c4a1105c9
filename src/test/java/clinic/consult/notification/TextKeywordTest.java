package clinic.consult.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import clinic.consult.support.FakeTwilio;
import clinic.consult.support.Metrics;
import clinic.consult.support.Smtp;
import clinic.consult.support.Sql;
import clinic.consult.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The texts people send to the clinic's number: STOP and its synonyms, START, HELP, and anything else. */
@QuarkusTest
class TextKeywordTest extends TextTest {

    @Test
    void shouldStopTextingANumberAtOnceWhateverStopWordItSends() {
        for (var word :
                new String[] {"STOP", "stop", " Unsubscribe ", "STOPALL", "cancel", "End", "QUIT.", "revoke", "OPTOUT"
                }) {
            var form = textingPerson();
            var lead = submit(form);

            inbound(e164(form), word).then().statusCode(200).body(equalTo(EMPTY));
            deliverAll();

            assertThat(FakeTwilio.messagesTo(e164(form))).as(word).isEmpty();
            assertThat(row(lead, "LEAD_RECEIVED", "SMS", "status")).as(word).isEqualTo("SKIPPED");
            assertThat(Smtp.receivedBy(form.email())).as(word).hasSize(1);
            assertThat(consent(e164(form))).as(word).isEqualTo("KEYWORD:false");
            given().header(Tokens.asStaff())
                    .get("/api/v1/leads/{id}", lead)
                    .then()
                    .statusCode(200)
                    .body("timeline.type", hasItem("TEXTS_OPTED_OUT"))
                    .body("timeline.find { it.type == 'TEXTS_OPTED_OUT' }.actor", equalTo("text-keyword"));
        }
    }

    @Test
    void shouldTextAgainAfterStart() {
        var form = textingPerson();
        submit(form);
        deliverAll();
        inbound(e164(form), "stop");
        var whileOut = submit(sameNumber(form, "out"));
        deliverAll();
        assertThat(row(whileOut, "LEAD_RECEIVED", "SMS", "status")).isEqualTo("SKIPPED");

        inbound(e164(form), "Start")
                .then()
                .statusCode(200)
                .body(containsString("OC Clinic"))
                .body(containsString("Reply STOP to opt out."));
        clock.advance(java.time.Duration.ofDays(1).plusMinutes(1)); // past the day's one text
        var afterStart = submit(sameNumber(form, "back"));
        deliverAll();

        assertThat(FakeTwilio.messagesTo(e164(form))).hasSize(2);
        assertThat(row(afterStart, "LEAD_RECEIVED", "SMS", "status")).isEqualTo("SENT");
        assertThat(consent(e164(form))).isEqualTo("KEYWORD:true");
    }

    @Test
    void shouldAnswerHelpWithTheClinicsNameAndPhone() {
        var form = textingPerson();
        submit(form);
        for (var word : new String[] {"HELP", "info"}) {
            inbound(e164(form), word)
                    .then()
                    .statusCode(200)
                    .contentType(containsString("xml"))
                    .body(containsString("<Message>OC Clinic"))
                    .body(containsString("(714) 555-0100"))
                    .body(containsString("Reply STOP to opt out."));
        }
        assertThat(consent(e164(form))).isEqualTo("none");
    }

    @Test
    void shouldAnswerHelpAndStartInTheLanguageOfTheNumbersPerson() {
        var form = textingPerson().with("language", "es");
        submit(form);

        inbound(e164(form), "Ayuda")
                .then()
                .statusCode(200)
                .body(containsString("<Message>OC Clinic: textos sobre sus citas. Ayuda: (714) 555-0100."))
                .body(containsString("Responda STOP para no recibir mensajes."));
        inbound(e164(form), "ALTO");
        assertThat(consent(e164(form))).isEqualTo("KEYWORD:false");
        inbound(e164(form), "comenzar")
                .then()
                .statusCode(200)
                .body(containsString("OC Clinic: de nuevo le enviaremos textos sobre sus citas."));
        assertThat(consent(e164(form))).isEqualTo("KEYWORD:true");
    }

    @Test
    void shouldChangeNothingForAnyOtherMessage() {
        var form = textingPerson();
        var lead = submit(form);
        for (var body : new String[] {"please stop texting me on Tuesdays", "", "YES PLEASE", "stop stop"}) {
            inbound(e164(form), body).then().statusCode(200).body(equalTo(EMPTY));
        }
        deliverAll();

        assertThat(consent(e164(form))).isEqualTo("none");
        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "status")).isEqualTo("SENT");
    }

    @Test
    void shouldLetStaffRecordAnOptOutGivenByPhoneAndAuditIt() {
        var before = Metrics.value("consult_texts_opt_outs_total", "source", "staff");
        var form = textingPerson();
        var lead = submit(form);

        given().header(Tokens.asStaff())
                .post("/api/v1/leads/{id}/texts/opt-out", lead)
                .then()
                .statusCode(204);
        deliverAll();

        assertThat(FakeTwilio.messagesTo(e164(form))).isEmpty();
        assertThat(consent(e164(form))).isEqualTo("STAFF:false");
        assertThat(Metrics.value("consult_texts_opt_outs_total", "source", "staff"))
                .isEqualTo(before + 1);
        assertThat(Sql.single(
                        dataSource,
                        "select count(*) from audit_log where action = 'TEXTS_OPTED_OUT' and lead_id = ?::uuid",
                        lead))
                .isEqualTo("1");
        given().header(Tokens.asStaff())
                .get("/api/v1/leads/{id}", lead)
                .then()
                .body("timeline.type", hasItem("TEXTS_OPTED_OUT"))
                .body("timeline.type", not(hasItem("TEXTS_OPTED_IN")));
    }

    static final String EMPTY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    String consent(String phone) {
        return Sql.single(
                dataSource,
                "select coalesce((select source || ':' || opted_in from text_consent_events where phone = ?"
                        + " order by id desc limit 1), 'none')",
                phone);
    }

    static Response inbound(String from, String body) {
        var form = Map.of(
                "MessageSid",
                FakeTwilio.sid(),
                "AccountSid",
                FakeTwilio.ACCOUNT,
                "From",
                from,
                "To",
                "+15005550006",
                "Body",
                body);
        return TextCallbackTest.signed(FakeTwilio.AUTH_TOKEN, "/api/v1/texts/twilio/inbound", form);
    }
}
