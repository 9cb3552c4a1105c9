package clinic.consult.webhook;

import static clinic.consult.webhook.Subscriptions.deliveries;
import static clinic.consult.webhook.Subscriptions.json;
import static clinic.consult.webhook.Subscriptions.onlyDelivery;
import static clinic.consult.webhook.Subscriptions.subscribe;
import static clinic.consult.webhook.Subscriptions.type;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import clinic.consult.support.LeadForm;
import clinic.consult.support.Receiver;
import clinic.consult.support.Sql;
import clinic.consult.support.StaffApi;
import clinic.consult.support.StandardWebhooks;
import clinic.consult.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end: admins subscribe a real receiver (an HTTP server in this JVM), the features' changes become
 * signed events, and the worker delivers them as Standard Webhooks says, retrying, ordering, disabling and redelivering
 * as the contract promises.
 */
@QuarkusTest
class WebhookResourceTest extends WebhookTest {

    @Test
    void shouldSignEveryDeliveryAsStandardWebhooksSaysAndCarryNoPersonalData() throws Exception {
        var subscription = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("lead.received")));
        var form = LeadForm.person().with("message", "Secret-message-text").conditions("DEPRESSION");
        var leadId = form.submit();

        assertThat(worker.deliverDue()).isEqualTo(1);

        var request = receiver.requests().get(0);
        assertThat(StandardWebhooks.verify(subscription.secret(), request)).isTrue();
        assertThat(StandardWebhooks.verify(
                        subscription.secret(),
                        request.header("webhook-id"),
                        request.header("webhook-timestamp"),
                        request.header("webhook-signature"),
                        request.body() + " ",
                        clock.instant()))
                .as("a changed body")
                .isFalse();
        assertThat(Math.abs(Long.parseLong(request.header("webhook-timestamp"))
                        - clock.instant().getEpochSecond()))
                .isLessThanOrEqualTo(5);
        var event = json(request.body());
        assertThat(event.get("id").asText()).isEqualTo(request.header("webhook-id"));
        assertThat(event.get("type").asText()).isEqualTo("lead.received");
        assertThat(event.at("/data/leadId").asText()).isEqualTo(leadId);
        assertThat(event.at("/data/status").asText()).isEqualTo("NEW");
        assertThat(event.at("/data/attribution").isObject()).isTrue();
        assertThat(request.body())
                .doesNotContain(form.email())
                .doesNotContain(form.phone())
                .doesNotContain((String) form.body().get("firstName"))
                .doesNotContain((String) form.body().get("lastName"))
                .doesNotContainIgnoringCase("depression")
                .doesNotContain("Secret-message-text");
        assertThat(request.header("content-type")).startsWith("application/json");
    }

    @Test
    void shouldKeepNoEventThatNoSubscriptionWants() {
        subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("appointment.booked")));
        var leadId = LeadForm.person().submit();

        assertThat(Sql.column(dataSource, "select type from webhook_events where lead_id = ?::uuid", leadId))
                .isEmpty();
        assertThat(worker.deliverDue()).isZero();
        assertThat(receiver.requests()).isEmpty();
    }

    @Test
    void shouldRetryA5xxWithBackoffUnderTheSameWebhookIdAndFailA4xxAtOnce() {
        var subscription = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("lead.received")));
        receiver.answerAll(503);
        LeadForm.person().submit();

        worker.deliverDue();
        assertThat(worker.deliverDue()).as("waits for its backoff").isZero();
        var first = onlyDelivery(subscription);
        assertThat(first.getString("status")).isEqualTo("PENDING");
        assertThat(first.getInt("attempts")).isEqualTo(1);
        assertThat(first.getInt("lastStatusCode")).isEqualTo(503);
        var next = Instant.parse(first.getString("nextAttemptAt"));
        assertThat(next)
                .isBetween(clock.instant().plusMillis(400), clock.instant().plusSeconds(2));

        receiver.answerAll(200);
        clock.fixAt(next.plusSeconds(1));
        assertThat(worker.deliverDue()).isEqualTo(1);
        var delivered = onlyDelivery(subscription);
        assertThat(delivered.getString("status")).isEqualTo("DELIVERED");
        assertThat(delivered.getInt("attempts")).isEqualTo(2);
        var ids = receiver.requests().stream()
                .map(r -> r.header("webhook-id"))
                .distinct()
                .toList();
        assertThat(receiver.requests()).hasSize(2);
        assertThat(ids).hasSize(1);

        receiver.answerAll(410);
        LeadForm.person().submit();
        worker.deliverDue();
        var gone = deliveries(subscription, "FAILED");
        assertThat(gone.getList("items")).hasSize(1);
        assertThat(gone.getInt("items[0].attempts")).isEqualTo(1);
        assertThat(gone.getInt("items[0].lastStatusCode")).isEqualTo(410);
    }

    @Test
    void shouldWaitForRetryAfterWhenTheReceiverAnswers429() {
        var subscription = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("lead.received")));
        receiver.answer(request -> new Receiver.Answer(429, Map.of("Retry-After", "3")));
        LeadForm.person().submit();

        worker.deliverDue();

        var delivery = onlyDelivery(subscription);
        assertThat(delivery.getString("status")).isEqualTo("PENDING");
        assertThat(delivery.getInt("lastStatusCode")).isEqualTo(429);
        // the first backoff is at most 1 s here; the receiver asked for 3
        assertThat(Instant.parse(delivery.getString("nextAttemptAt")))
                .isAfterOrEqualTo(clock.instant().plusSeconds(2))
                .isBeforeOrEqualTo(clock.instant().plusSeconds(4));
    }

    @Test
    void shouldDeliverEachLeadsEventsInTheOrderTheyHappened() throws Exception {
        var subscription =
                subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("lead.received", "lead.status_changed")));
        var leadId = LeadForm.person().submit();
        StaffApi.as(Tokens.asStaff())
                .change(leadId, Map.of("status", "CONTACTED"))
                .then()
                .statusCode(200);
        receiver.answer(request -> Receiver.Answer.of(request.body().contains("lead.received") ? 503 : 204));

        worker.deliverDue();
        assertThat(receiver.requests())
                .as("the status change waits for the receipt")
                .hasSize(1);

        receiver.answerAll(204);
        clock.fixAt(clock.instant().plusSeconds(10));
        worker.deliverDue();

        var types = receiver.requests().stream().map(r -> type(r.body())).toList();
        assertThat(types).containsExactly("lead.received", "lead.received", "lead.status_changed");
        assertThat(deliveries(subscription, "DELIVERED").getList("items")).hasSize(2);
    }

    @Test
    void shouldDisableASubscriptionAfterItsRunOfFailuresAndTellTheClinicInbox() {
        var subscription = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("lead.received")));
        receiver.answerAll(500);
        for (int i = 0; i < 4; i++) {
            LeadForm.person().submit();
        }
        // four deliveries, two attempts each: the eighth failed attempt in a row disables it (the test's limit)
        worker.deliverDue();
        clock.fixAt(clock.instant().plusSeconds(10));
        worker.deliverDue();

        given().header(Tokens.asAdmin())
                .get("/api/v1/webhooks/{id}", subscription.id())
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false))
                .body("consecutiveFailures", equalTo(8))
                .body("disabledReason", equalTo("disabled after 8 failed attempts in a row"));
        assertThat(Sql.column(
                        dataSource,
                        "select recipient from notifications where type = 'WEBHOOK_DISABLED' and created_at > now()"
                                + " - interval '1 minute'"))
                .containsExactly("frontdesk@clinic.example");
        receiver.clear();
        clock.fixAt(clock.instant().plusSeconds(60));
        assertThat(worker.deliverDue()).isZero();
        assertThat(receiver.requests())
                .as("nothing goes to a disabled subscription")
                .isEmpty();

        receiver.answerAll(204);
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", List.of("lead.received"), "enabled", true))
                .put("/api/v1/webhooks/{id}", subscription.id())
                .then()
                .statusCode(200)
                .body("consecutiveFailures", equalTo(0));
        worker.deliverDue();
        assertThat(deliveries(subscription, "DELIVERED").getList("items"))
                .as("what waited")
                .hasSize(4);
    }

    @Test
    void shouldDeliverEverythingOnceToAReceiverThatWasDownForAWhile() {
        var subscription = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("lead.received")));
        receiver.down();
        var leads = List.of(
                LeadForm.person().submit(),
                LeadForm.person().submit(),
                LeadForm.person().submit());

        worker.deliverDue();
        clock.fixAt(clock.instant().plusSeconds(5));
        worker.deliverDue();
        receiver.up();
        clock.fixAt(clock.instant().plusSeconds(10));
        worker.deliverDue();

        var delivered = receiver.requests().stream()
                .map(r -> json(r.body()).at("/data/leadId").asText())
                .toList();
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(leads);
        assertThat(deliveries(subscription, "DELIVERED").getList("items")).hasSize(3);
        assertThat(deliveries(subscription, "DELIVERED").getList("items.lastError"))
                .containsOnly((Object) null);
    }
}
