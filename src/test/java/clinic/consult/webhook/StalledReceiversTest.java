package clinic.consult.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import clinic.consult.support.ApiTest;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Receiver;
import clinic.consult.support.Seed;
import clinic.consult.support.SilentReceiver;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Receivers that stall or drip hold back only their own deliveries: the worker runs on a schedule as in production
 * (every 250 ms here), and a healthy receiver beside four stalled subscriptions gets each event about as soon as the
 * schedule comes round. The tests' time-out is 2 seconds.
 */
@QuarkusTest
class StalledReceiversTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WebhookWorker worker;

    private ScheduledExecutorService schedule;

    @BeforeEach
    void runTheWorkerOnASchedule() {
        deleteSubscriptions();
        Seed.execute(dataSource, "DELETE FROM webhook_events");
        schedule = Executors.newSingleThreadScheduledExecutor();
        schedule.scheduleWithFixedDelay(worker::deliverDue, 0, 250, TimeUnit.MILLISECONDS);
    }

    @AfterEach
    void stop() throws InterruptedException {
        schedule.shutdownNow();
        schedule.awaitTermination(10, TimeUnit.SECONDS);
        deleteSubscriptions();
    }

    /** The stalled deliveries' outcomes may still be being recorded: a deadlock with them is tried again. */
    private void deleteSubscriptions() {
        for (int attempt = 1; ; attempt++) {
            try {
                Seed.execute(dataSource, "DELETE FROM webhook_subscriptions");
                return;
            } catch (IllegalStateException e) {
                if (attempt == 5 || !String.valueOf(e.getMessage()).contains("deadlock detected")) {
                    throw e;
                }
            }
        }
    }

    @Test
    void shouldDeliverToAHealthyReceiverWithinAMomentBesideFourStalledSubscriptions() throws Exception {
        try (var stalled = SilentReceiver.stalling();
                var healthy = Receiver.start()) {
            for (int i = 0; i < 4; i++) {
                subscribe(stalled.url());
            }
            subscribe(healthy.url());

            var delays = new ArrayList<Long>();
            for (int i = 0; i < 6; i++) {
                var sent = System.nanoTime();
                var lead = LeadForm.person().submit();
                await().atMost(Duration.ofSeconds(20))
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> healthy.requests().stream()
                                .anyMatch(request -> request.body().contains(lead)));
                delays.add(Duration.ofNanos(System.nanoTime() - sent).toMillis());
                Thread.sleep(700);
            }
            // the schedule comes round every 250 ms; the stalled receivers' 2 s time-outs never show in a delay
            assertThat(delays).as("milliseconds from each request to its event").allMatch(delay -> delay < 1_500);
            assertThat(stalled.accepted())
                    .as("the stalled receivers were tried")
                    .isGreaterThanOrEqualTo(4);
            var failures = given().header(Tokens.asAdmin())
                    .get("/api/v1/webhooks")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .<Integer>getList("findAll { it.url == '" + stalled.url() + "' }.consecutiveFailures");
            assertThat(failures).hasSize(4).allMatch(count -> count >= 1);
        }
    }

    @Test
    void shouldCloseTheConnectionOfAReceiverThatDripsItsAnswerAtTheTimeOut() {
        try (var dripping = SilentReceiver.dripping()) {
            var id = subscribe(dripping.url());
            given().header(Tokens.asAdmin())
                    .post("/api/v1/webhooks/{id}/pings", id)
                    .then()
                    .statusCode(202);
            await().atMost(Duration.ofSeconds(5)).until(() -> dripping.accepted() == 1);
            // one deadline for the whole exchange (2 s in tests), the dripped body included
            await().atMost(Duration.ofSeconds(4))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> dripping.openConnections() == 0);
        }
    }

    private static String subscribe(String url) {
        return given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of("lead.received")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("webhook.id");
    }
}
