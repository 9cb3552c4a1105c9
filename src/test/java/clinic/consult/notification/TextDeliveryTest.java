package clinic.consult.notification;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.FakeTwilio;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Metrics;
import clinic.consult.support.Smtp;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Texts through Twilio: who gets one, what Twilio is sent, and what happens when Twilio refuses or fails. */
@QuarkusTest
class TextDeliveryTest extends TextTest {

    @Test
    void shouldTextAPersonWhoChoseTextsWithTheFormFieldsTwilioDocuments() {
        var sentBefore = Metrics.value("consult_texts_total", "type", "lead_received", "outcome", "sent");
        var form = textingPerson();
        var lead = submit(form);

        deliverAll();

        var sent = FakeTwilio.messagesTo(e164(form));
        assertThat(sent).hasSize(1);
        var text = sent.get(0);
        assertThat(text.get("From")).isEqualTo("+15005550006");
        assertThat(text.get("Body")).startsWith("OC Clinic: ").endsWith("Reply STOP to opt out.");
        var id = row(lead, "LEAD_RECEIVED", "SMS", "id");
        assertThat(text.get("StatusCallback"))
                .isEqualTo("https://api.clinic.example/api/v1/texts/twilio/status?n=" + id);
        var credentials = FakeTwilio.requests().get(0).getHeader("Authorization");
        assertThat(credentials)
                .isEqualTo("Basic "
                        + Base64.getEncoder()
                                .encodeToString((FakeTwilio.ACCOUNT + ":" + FakeTwilio.AUTH_TOKEN)
                                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "status")).isEqualTo("SENT");
        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "provider_id")).startsWith("SM");
        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "segments")).isEqualTo("1");
        // the receipt went by text only; the clinic's inbox still hears of the lead
        assertThat(Smtp.receivedBy(form.email())).isEmpty();
        assertThat(row(lead, "NEW_LEAD", "EMAIL", "status")).isEqualTo("SENT");
        assertThat(Metrics.value("consult_texts_total", "type", "lead_received", "outcome", "sent"))
                .isEqualTo(sentBefore + 1);
    }

    @Test
    void shouldEmailAPersonWhoDidNotChooseTexts() {
        var consentedButPrefersEmail = textingPerson().with("preferredContact", "EMAIL");
        var noConsent = LeadForm.person().with("preferredContact", "PHONE");
        submit(consentedButPrefersEmail);
        submit(noConsent);

        deliverAll();

        assertThat(FakeTwilio.messages()).isEmpty();
        assertThat(Smtp.receivedBy(consentedButPrefersEmail.email())).hasSize(1);
        assertThat(Smtp.receivedBy(noConsent.email())).hasSize(1);
    }

    @Test
    void shouldRetryWhenTwilioIsBusyOrDownAndNotEmailMeanwhile() {
        for (var status : new int[] {429, 500, 503}) {
            var form = textingPerson();
            FakeTwilio.refuse(e164(form), status, 20429);
            var lead = submit(form);

            deliverAll();

            assertThat(row(lead, "LEAD_RECEIVED", "SMS", "status")).isEqualTo("PENDING");
            assertThat(row(lead, "LEAD_RECEIVED", "SMS", "last_error")).contains(String.valueOf(status));
            assertThat(row(lead, "LEAD_RECEIVED", "SMS", "next_attempt_at > last_attempt_at"))
                    .as("due again later")
                    .isEqualTo("t");
            assertThat(Smtp.receivedBy(form.email())).isEmpty();
        }
    }

    @Test
    void shouldRetryAfterATimeOut() {
        var form = textingPerson();
        FakeTwilio.stall(e164(form));
        var lead = submit(form);

        deliverAll();

        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "status")).isEqualTo("PENDING");
        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "last_error")).contains("Timeout");
    }

    @Test
    void shouldEmailInsteadAndNeverRetryWhenTwilioRefusesTheNumberForGood() {
        for (var code : new int[] {21211, 21614, 21635}) {
            var form = textingPerson();
            FakeTwilio.refuse(e164(form), 400, code);
            var lead = submit(form);

            deliverAll();

            assertThat(FakeTwilio.messagesTo(e164(form))).hasSize(1);
            assertThat(row(lead, "LEAD_RECEIVED", "SMS", "status")).isEqualTo("FAILED");
            assertThat(row(lead, "LEAD_RECEIVED", "SMS", "last_error")).contains(String.valueOf(code));
            assertThat(Smtp.receivedBy(form.email())).hasSize(1);
            // the number's next message: by email, Twilio not asked again
            var again = submit(sameNumber(form, "again"));
            deliverAll();
            assertThat(FakeTwilio.messagesTo(e164(form))).hasSize(1);
            assertThat(row(again, "LEAD_RECEIVED", "SMS", "last_error")).contains("refused by Twilio for good");
            assertThat(Smtp.receivedBy("again-" + form.email())).hasSize(1);
        }
    }

    @Test
    void shouldRecordAnOptOutWhenTwilioSaysThePersonRepliedStop() {
        var form = textingPerson();
        FakeTwilio.refuse(e164(form), 400, 21610);
        var lead = submit(form);

        deliverAll();

        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "status")).isEqualTo("FAILED");
        assertThat(Smtp.receivedBy(form.email())).hasSize(1);
        assertThat(clinic.consult.support.Sql.single(
                        dataSource,
                        "select source || ':' || opted_in from text_consent_events where phone = ?"
                                + " order by id desc limit 1",
                        e164(form)))
                .isEqualTo("PROVIDER:false");
        // the next message to the same number: written as a text, sent as an email, Twilio not asked again
        var again = submit(textingPerson().with("phone", form.phone()).with("email", "again-" + form.email()));
        deliverAll();
        assertThat(FakeTwilio.messagesTo(e164(form))).hasSize(1);
        assertThat(row(again, "LEAD_RECEIVED", "SMS", "last_error")).contains("opted out");
        assertThat(Smtp.receivedBy("again-" + form.email())).hasSize(1);
    }

    @Test
    void shouldSendEachTextOnceWithTwoWorkersAtOnce() throws Exception {
        var numbers = new java.util.ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            var form = textingPerson();
            numbers.add(e164(form));
            submit(form);
        }
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = CompletableFuture.runAsync(this::deliverAll, pool);
            var second = CompletableFuture.runAsync(this::deliverAll, pool);
            CompletableFuture.allOf(first, second).get();
        } finally {
            pool.shutdown();
        }

        for (var number : numbers) {
            assertThat(FakeTwilio.messagesTo(number)).as(number).hasSize(1);
        }
    }
}
