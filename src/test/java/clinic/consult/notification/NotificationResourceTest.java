package clinic.consult.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import clinic.consult.support.LeadForm;
import clinic.consult.support.Metrics;
import clinic.consult.support.OutboxRows;
import clinic.consult.support.Smtp;
import clinic.consult.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /api/v1/notifications and a lead's emails: who sees them, and an admin's retry of a failed one. */
@QuarkusTest
class NotificationResourceTest extends OutboxTest {

    @Test
    void shouldFailAfterTheLastAttemptAndSendWhenAnAdminRetries() {
        Smtp.stop();
        var form = LeadForm.person().with("preferredLocationId", "tustin");
        var leadId = form.submit();
        var failedBefore = Metrics.value("consult_notifications_failed_total", "type", "lead_received");
        var now = Instant.now();
        for (int attempt = 1; attempt <= 8; attempt++) {
            clock.fixAt(now);
            worker.deliverDue();
            now = now.plus(Duration.ofHours(2));
        }
        var receipt = UUID.fromString(OutboxRows.id(dataSource, leadId, "LEAD_RECEIVED"));
        assertThat(OutboxRows.status(dataSource, leadId, "LEAD_RECEIVED")).isEqualTo("FAILED");
        assertThat(Metrics.value("consult_notifications_failed_total", "type", "lead_received"))
                .isEqualTo(failedBefore + 1);

        var failed = given().header(Tokens.asAdmin())
                .get("/api/v1/notifications?status=FAILED&size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(failed.getList("items.id")).contains(receipt.toString());
        given().header(Tokens.asStaff())
                .post("/api/v1/notifications/{id}/retry", receipt)
                .then()
                .statusCode(403);

        Smtp.start();
        given().header(Tokens.asAdmin())
                .post("/api/v1/notifications/{id}/retry", receipt)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("attempts", equalTo(8));
        worker.deliverDue();

        assertThat(Smtp.receivedBy(form.email())).hasSize(1);
        assertThat(OutboxRows.status(dataSource, leadId, "LEAD_RECEIVED")).isEqualTo("SENT");
        given().header(Tokens.asAdmin())
                .post("/api/v1/notifications/{id}/retry", receipt)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldShowALeadsEmailsOnlyToStaffOfItsLocation() {
        var leadId = LeadForm.person().with("preferredLocationId", "tustin").submit();

        given().header(Tokens.bearer(Tokens.staffOf("seal-beach")))
                .get("/api/v1/leads/{id}/notifications", leadId)
                .then()
                .statusCode(404);
        given().header(Tokens.bearer(Tokens.staffOf("tustin")))
                .get("/api/v1/leads/{id}/notifications", leadId)
                .then()
                .statusCode(200)
                .body("size()", equalTo(2));
        given().header(Tokens.asStaff()).get("/api/v1/notifications").then().statusCode(403);
    }
}
