package clinic.consult.webhook;

import static clinic.consult.webhook.Subscriptions.deliveries;
import static clinic.consult.webhook.Subscriptions.json;
import static clinic.consult.webhook.Subscriptions.subscribe;
import static clinic.consult.webhook.Subscriptions.type;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import clinic.consult.support.LeadForm;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Sql;
import clinic.consult.support.StandardWebhooks;
import clinic.consult.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an admin sets and does on a subscription: secret rotation, redelivery and replay, contact details, the receivers it may name, pings. */
@QuarkusTest
class WebhookAdminTest extends WebhookTest {

    @Test
    void shouldSignWithBothSecretsDuringARotationAndWithTheNewOneAfter() {
        var subscription = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("lead.received")));
        var rotated = given().header(Tokens.asAdmin())
                .post("/api/v1/webhooks/{id}/secrets", subscription.id())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        var newSecret = rotated.getString("secret");
        var overlapEnds = Instant.parse(rotated.getString("previousSecretEndsAt"));
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(subscription.secret());

        LeadForm.person().submit();
        worker.deliverDue();
        var during = receiver.requests().get(0);
        assertThat(during.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(StandardWebhooks.verify(subscription.secret(), during)).isTrue();
        assertThat(StandardWebhooks.verify(newSecret, during)).isTrue();

        clock.fixAt(overlapEnds.plusSeconds(1));
        LeadForm.person().submit();
        worker.deliverDue();
        var after = receiver.requests().get(1);
        assertThat(after.header("webhook-signature").split(" ")).hasSize(1);
        assertThat(StandardWebhooks.verify(newSecret, after)).isTrue();
        assertThat(StandardWebhooks.verify(subscription.secret(), after)).isFalse();
    }

    @Test
    void shouldRedeliverOneEventAndReplayATimeRangeUnderTheEventsOwnIds() {
        var subscription = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("lead.received")));
        var start = clock.instant().minusSeconds(1);
        LeadForm.person().submit();
        LeadForm.person().submit();
        worker.deliverDue();
        var firstIds =
                receiver.requests().stream().map(r -> r.header("webhook-id")).toList();
        var delivery = deliveries(subscription, "DELIVERED").getString("items[0].id");

        given().header(Tokens.asAdmin())
                .post("/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", subscription.id(), delivery)
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"));
        worker.deliverDue();
        assertThat(receiver.requests()).hasSize(3);
        assertThat(firstIds).contains(receiver.requests().get(2).header("webhook-id"));

        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "from",
                        start.toString(),
                        "to",
                        clock.instant().plusSeconds(1).toString()))
                .post("/api/v1/webhooks/{id}/replays", subscription.id())
                .then()
                .statusCode(202)
                .body("deliveries", equalTo(2));
        worker.deliverDue();
        var replayed = receiver.requests().subList(3, 5).stream()
                .map(r -> r.header("webhook-id"))
                .toList();
        assertThat(replayed).containsExactlyInAnyOrderElementsOf(firstIds);
    }

    @Test
    void shouldSendContactDetailsOnlyToASubscriptionThatOptedInAndAuditEachDisclosure() {
        var plain = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("lead.received")));
        var crm = subscribe(
                Map.of("url", receiver.url() + "?crm", "eventTypes", List.of("lead.received"), "includeContact", true));
        var form = LeadForm.person().conditions("PTSD");
        var leadId = form.submit();

        worker.deliverDue();

        var byUrl = receiver.requests();
        assertThat(byUrl).hasSize(2);
        var withContact =
                byUrl.stream().filter(r -> r.body().contains("contact")).toList();
        assertThat(withContact).hasSize(1);
        var contact = json(withContact.get(0).body()).at("/data/contact");
        assertThat(contact.get("email").asText()).isEqualTo(form.email());
        assertThat(withContact.get(0).body()).doesNotContainIgnoringCase("ptsd");
        assertThat(Sql.column(
                        dataSource,
                        "select subject from audit_log where action = 'WEBHOOK_CONTACT_SENT' and lead_id = ?::uuid",
                        leadId))
                .containsExactly("webhook:" + crm.id());
        assertThat(Sql.column(
                        dataSource,
                        "select detail from audit_log where action = 'WEBHOOK_SUBSCRIPTION_CHANGED'"
                                + " and detail like ?",
                        "created " + crm.id() + "%"))
                .containsExactly("created " + crm.id() + " with contact details");
        assertThat(plain.id()).isNotEqualTo(crm.id());
    }

    @Test
    void shouldSendContactDetailsOnAppointmentEventsTooToASubscriptionThatOptedIn() {
        subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("appointment.booked"), "includeContact", true));
        var booking = Slots.booking("tustin", Slots.VIRTUAL, Slots.at(Slots.monday(), "16:00"));
        given().contentType(ContentType.JSON)
                .body(booking)
                .post("/api/v1/appointments")
                .then()
                .statusCode(201);

        worker.deliverDue();

        assertThat(receiver.requests()).hasSize(1);
        var event = json(receiver.requests().get(0).body());
        assertThat(event.get("type").asText()).isEqualTo("appointment.booked");
        @SuppressWarnings("unchecked")
        var lead = (Map<String, Object>) booking.get("lead");
        assertThat(event.at("/data/contact/email").asText()).isEqualTo(lead.get("email"));
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldRefuseReceiversOnPrivateAddressesAndPlainHttpElsewhereThanLoopback() {
        for (var url : List.of(
                "http://example.com/hook",
                "https://10.0.0.7/hook",
                "https://192.168.1.20/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://[fd00::1]/hook",
                "https://[::ffff:10.0.0.7]/hook",
                "https://100.64.0.1/hook",
                "https://user:pw@crm.example.com/hook",
                "ftp://crm.example.com/hook",
                "/relative")) {
            given().header(Tokens.asAdmin())
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", url, "eventTypes", List.of("lead.received")))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("url")));
        }
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", List.of("webhook.ping")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("eventTypes")));
        given().header(Tokens.asStaff()).get("/api/v1/webhooks").then().statusCode(403);
    }

    @Test
    void shouldPingAndListTheDeliveryWithItsStatusCodeAndLatencyButNeverTheBody() {
        var subscription = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("lead.received")));

        given().header(Tokens.asAdmin())
                .post("/api/v1/webhooks/{id}/pings", subscription.id())
                .then()
                .statusCode(202)
                .body("eventType", equalTo("webhook.ping"))
                .body("status", equalTo("PENDING"));
        worker.deliverDue();

        assertThat(type(receiver.requests().get(0).body())).isEqualTo("webhook.ping");
        given().header(Tokens.asAdmin())
                .get("/api/v1/webhooks/{id}/deliveries", subscription.id())
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].lastStatusCode", equalTo(204))
                .body("items[0].lastLatencyMs", org.hamcrest.Matchers.notNullValue());
    }
}
