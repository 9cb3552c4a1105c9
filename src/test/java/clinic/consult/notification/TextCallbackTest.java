package clinic.consult.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import clinic.consult.support.FakeTwilio;
import clinic.consult.support.Metrics;
import clinic.consult.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What Twilio tells the service about a text it sent: its status, signed, and nothing unsigned believed. */
@QuarkusTest
class TextCallbackTest extends TextTest {

    static final String PUBLIC = "https://api.clinic.example";

    @Test
    void shouldRecordEachStatusTwilioReportsAndShowItToStaff() {
        var form = textingPerson();
        var lead = submit(form);
        deliverAll();
        var id = row(lead, "LEAD_RECEIVED", "SMS", "id");
        var sid = row(lead, "LEAD_RECEIVED", "SMS", "provider_id");

        for (var status : new String[] {"sent", "delivered", "sent"}) {
            signed(FakeTwilio.AUTH_TOKEN, "/api/v1/texts/twilio/status?n=" + id, status(sid, status))
                    .then()
                    .statusCode(204);
        }

        // a late "sent" does not undo "delivered"
        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "provider_status")).isEqualTo("delivered");
        given().header(Tokens.asStaff())
                .get("/api/v1/leads/{id}/notifications", lead)
                .then()
                .statusCode(200)
                .body("find { it.channel == 'SMS' }.providerStatus", equalTo("delivered"))
                .body("find { it.channel == 'SMS' }.status", equalTo("SENT"));
    }

    @Test
    void shouldRefuseACallbackThatIsUnsignedOrSignedWithAnotherTokenOrForAnotherUrl() {
        var lead = submit(textingPerson());
        deliverAll();
        var id = row(lead, "LEAD_RECEIVED", "SMS", "id");
        var sid = row(lead, "LEAD_RECEIVED", "SMS", "provider_id");
        var path = "/api/v1/texts/twilio/status?n=" + id;
        var refusedBefore = Metrics.value("consult_texts_callbacks_refused_total");

        given().contentType(ContentType.URLENC)
                .body(FakeTwilio.encode(status(sid, "undelivered")))
                .post(path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        signed("another-accounts-token", path, status(sid, "undelivered"))
                .then()
                .statusCode(403);
        var signedForItsOwnUrl = FakeTwilio.signature(FakeTwilio.AUTH_TOKEN, PUBLIC + path, status(sid, "undelivered"));
        given().contentType(ContentType.URLENC)
                .header("X-Twilio-Signature", signedForItsOwnUrl)
                .body(FakeTwilio.encode(status(sid, "undelivered")))
                .post("/api/v1/texts/twilio/status?n=" + java.util.UUID.randomUUID())
                .then()
                .statusCode(403);
        var tampered = new java.util.HashMap<>(status(sid, "undelivered"));
        tampered.put("MessageStatus", "delivered");
        given().contentType(ContentType.URLENC)
                .header("X-Twilio-Signature", signedForItsOwnUrl)
                .body(FakeTwilio.encode(tampered))
                .post(path)
                .then()
                .statusCode(403);

        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "provider_status")).isEqualTo("queued");
        assertThat(Metrics.value("consult_texts_callbacks_refused_total")).isEqualTo(refusedBefore + 4);
    }

    @Test
    void shouldEmailTheMessageOnceWhenTwilioCouldNotDeliverTheText() {
        var form = textingPerson();
        var lead = submit(form);
        deliverAll();
        var id = row(lead, "LEAD_RECEIVED", "SMS", "id");
        var sid = row(lead, "LEAD_RECEIVED", "SMS", "provider_id");
        var undelivered = new java.util.HashMap<>(status(sid, "undelivered"));
        undelivered.put("ErrorCode", "30003");

        signed(FakeTwilio.AUTH_TOKEN, "/api/v1/texts/twilio/status?n=" + id, undelivered)
                .then()
                .statusCode(204);
        signed(FakeTwilio.AUTH_TOKEN, "/api/v1/texts/twilio/status?n=" + id, status(sid, "failed"))
                .then()
                .statusCode(204);
        deliverAll();

        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "status")).isEqualTo("FAILED");
        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "last_error")).contains("undelivered (30003)");
        assertThat(clinic.consult.support.Smtp.receivedBy(form.email())).hasSize(1);
    }

    @Test
    void shouldIgnoreAStatusForAnotherMessageSid() {
        var lead = submit(textingPerson());
        deliverAll();
        var id = row(lead, "LEAD_RECEIVED", "SMS", "id");

        signed(FakeTwilio.AUTH_TOKEN, "/api/v1/texts/twilio/status?n=" + id, status(FakeTwilio.sid(), "failed"))
                .then()
                .statusCode(204);

        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "provider_status")).isEqualTo("queued");
    }

    @Test
    void shouldCountATextSentWhenItsCallbackCameBeforeTheWorkerRecordedIt() {
        // Twilio accepted the text but the worker's record of it was lost: the callback alone settles it
        var lead = submit(textingPerson());
        var id = row(lead, "LEAD_RECEIVED", "SMS", "id");
        var sid = FakeTwilio.sid();

        signed(FakeTwilio.AUTH_TOKEN, "/api/v1/texts/twilio/status?n=" + id, status(sid, "sent"))
                .then()
                .statusCode(204);
        deliverAll();

        assertThat(FakeTwilio.messages()).isEmpty();
        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "status")).isEqualTo("SENT");
        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "provider_id")).isEqualTo(sid);
    }

    static Map<String, String> status(String sid, String status) {
        return Map.of(
                "MessageSid", sid, "MessageStatus", status, "AccountSid", FakeTwilio.ACCOUNT, "To", "+16575550100");
    }

    /** A form post as Twilio makes it to this service's public URL (path and query), signed with this token. */
    static Response signed(String token, String pathAndQuery, Map<String, String> form) {
        return given().contentType(ContentType.URLENC)
                .header("X-Twilio-Signature", FakeTwilio.signature(token, PUBLIC + pathAndQuery, form))
                .body(FakeTwilio.encode(form))
                .post(pathAndQuery);
    }
}
