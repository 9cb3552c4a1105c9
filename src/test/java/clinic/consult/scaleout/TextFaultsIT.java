package clinic.consult.scaleout;

import static clinic.consult.support.PackagedService.awaitUntil;
import static clinic.consult.support.PackagedService.settings;
import static clinic.consult.support.PackagedService.status;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.FakeTwilio;
import clinic.consult.support.LeadForm;
import clinic.consult.support.PackagedService;
import clinic.consult.support.RestartablePostgres;
import clinic.consult.support.Smtp;
import clinic.consult.support.Sql;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service's texts when the database goes away (a text Twilio took while the database was down is
 * recorded once it is back, and not sent again) and with two instances on one database (each text sent once).
 */
class TextFaultsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Texts on, against the fake Twilio; short lease and time-outs, so that what waits for them waits seconds. */
    private static final Map<String, String> TEXTS = settings(
            "CONSULT_TEXTS_ACCOUNT_SID", FakeTwilio.ACCOUNT,
            "CONSULT_TEXTS_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN,
            "CONSULT_TEXTS_FROM", "+15005550006",
            "CONSULT_TEXTS_API_BASE_URL", "http://127.0.0.1:" + FakeTwilio.PORT,
            "CONSULT_TEXTS_PUBLIC_URL", "https://api.clinic.example",
            "CONSULT_TEXTS_TIMEOUT", "5S",
            // the tests run on the real clock: quiet hours only in the last second before midnight
            "CONSULT_TEXTS_QUIET_UNTIL", "00:00",
            "CONSULT_TEXTS_QUIET_FROM", "23:59:59",
            "CONSULT_MAIL_DELIVERY_LEASE", "12S",
            "CONSULT_MAIL_DELIVERY_SEND_TIMEOUT", "5S",
            "CONSULT_MAIL_DELIVERY_RETRY_INITIAL", "1S");

    private static RestartablePostgres database;
    private static Path logs;

    @BeforeAll
    static void startDatabaseMailAndTwilio() throws Exception {
        assertThat(PackagedService.JAR)
                .as("the packaged service (./mvnw package)")
                .exists();
        database = RestartablePostgres.start();
        Smtp.start();
        FakeTwilio.reset();
        logs = Files.createTempDirectory("text-faults");
    }

    @AfterAll
    static void stopEverything() {
        Smtp.stop();
        database.close();
    }

    @Test
    void shouldRecordATextTwilioTookWhileTheDatabaseWasDownAndNotSendItAgain() throws Exception {
        FakeTwilio.reset();
        var service = PackagedService.start(18400, database.port(), Smtp.PORT, logs, TEXTS)
                .awaitReady();
        try {
            FakeTwilio.slow(Duration.ofSeconds(3));
            var numbers = new ArrayList<String>();
            var leads = new ArrayList<String>();
            for (int i = 0; i < 3; i++) {
                var form = texting();
                numbers.add("+1" + form.phone().replaceAll("\\D", ""));
                var answer = PackagedService.post(
                        service.url() + "/api/v1/leads",
                        JSON.writeValueAsString(form.body()),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                assertThat(status(answer)).isEqualTo(201);
                leads.add(JSON.readTree(answer.body()).get("id").asText());
            }

            // Twilio has the texts and is about to answer 201; the database goes before the worker can record it
            awaitUntil(Duration.ofSeconds(20), () -> FakeTwilio.requests().size() >= 1, "a text sent to Twilio");
            var down = java.time.Instant.now();
            database.down();
            Thread.sleep(4_000);
            var up = java.time.Instant.now();
            database.up();

            awaitUntil(Duration.ofSeconds(60), () -> sentTexts(leads) == leads.size(), "every text recorded SENT");
            for (var number : numbers) {
                assertThat(FakeTwilio.messagesTo(number)).as(number).hasSize(1);
            }
            // the premise: Twilio answered 201 while the database was away (the record waited for it, or retried)
            assertThat(FakeTwilio.requests()).anyMatch(request -> {
                var answered = request.getLoggedDate().toInstant().plusSeconds(3);
                return answered.isAfter(down) && answered.isBefore(up);
            });
        } finally {
            service.kill();
        }
    }

    @Test
    void shouldSendEachTextOnceFromTwoInstances() throws Exception {
        FakeTwilio.reset();
        var first = PackagedService.start(18410, database.port(), Smtp.PORT, logs, TEXTS);
        var second = PackagedService.start(18420, database.port(), Smtp.PORT, logs, TEXTS);
        try {
            first.awaitReady();
            second.awaitReady();
            var numbers = new ArrayList<String>();
            var leads = new ArrayList<String>();
            for (int i = 0; i < 20; i++) {
                var form = texting();
                numbers.add("+1" + form.phone().replaceAll("\\D", ""));
                var answer = PackagedService.post(
                        (i % 2 == 0 ? first : second).url() + "/api/v1/leads",
                        JSON.writeValueAsString(form.body()),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                assertThat(status(answer)).isEqualTo(201);
                leads.add(JSON.readTree(answer.body()).get("id").asText());
            }

            awaitUntil(Duration.ofSeconds(60), () -> sentTexts(leads) == leads.size(), "every text recorded SENT");
            for (var number : numbers) {
                assertThat(FakeTwilio.messagesTo(number)).as(number).hasSize(1);
            }
        } finally {
            first.kill();
            second.kill();
        }
    }

    private static LeadForm texting() {
        return LeadForm.person()
                .with("preferredContact", "SMS")
                .with("consent", Map.of("contact", true, "sms", true, "privacyNoticeVersion", "2026-01"));
    }

    private int sentTexts(java.util.List<String> leads) {
        try {
            return Integer.parseInt(Sql.single(
                    database.dataSource(),
                    "select count(*) from notifications where channel = 'SMS' and status = 'SENT'"
                            + " and provider_id is not null and lead_id::text = any(?)",
                    (Object) leads.toArray(String[]::new)));
        } catch (IllegalStateException e) {
            // the database is back in a moment
            return -1;
        }
    }
}
