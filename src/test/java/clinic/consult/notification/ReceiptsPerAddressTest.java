package clinic.consult.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.LeadForm;
import clinic.consult.support.Metrics;
import clinic.consult.support.OutboxRows;
import clinic.consult.support.Smtp;
import clinic.consult.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Anyone can type any address into the public form: however many requests carry one address, it gets one receipt a
 * day (consult.mail.per-address), the rest recorded and shown to staff but not sent.
 */
@QuarkusTest
class ReceiptsPerAddressTest extends OutboxTest {

    @Test
    void shouldSendOneAddressOneReceiptADayHoweverManyRequestsCarryIt() {
        var target = "target-" + UUID.randomUUID() + "@example.com";
        var capped = Metrics.value("consult_notifications_capped_total", "type", "lead_received");
        var leads = new ArrayList<String>();
        for (int i = 0; i < 15; i++) {
            // fifteen "people", each with a phone of their own, one address in any case
            var form = LeadForm.person().with("email", i % 2 == 0 ? target : target.toUpperCase(Locale.ROOT));
            leads.add(form.submit());
        }
        while (worker.deliverDue() > 0) {
            // each address's messages go one after the other: run until nothing is left
        }

        assertThat(Smtp.receivedBy(target)).hasSize(1);
        assertThat(Metrics.value("consult_notifications_capped_total", "type", "lead_received"))
                .isEqualTo(capped + 14);
        // staff see every receipt, the held-back ones with the reason; the clinic still hears of every lead
        var statuses = new ArrayList<String>();
        for (var lead : leads) {
            var receipt = given().header(Tokens.asStaff())
                    .get("/api/v1/leads/{id}/notifications", lead)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            var status = receipt.getString("find { it.type == 'LEAD_RECEIVED' }.status");
            statuses.add(status);
            if (status.equals("SKIPPED")) {
                assertThat(receipt.getString("find { it.type == 'LEAD_RECEIVED' }.lastError"))
                        .contains("consult.mail.per-address");
            }
            assertThat(receipt.getString("find { it.type == 'NEW_LEAD' }.status"))
                    .isEqualTo("SENT");
        }
        assertThat(statuses)
                .containsOnly("SENT", "SKIPPED")
                .filteredOn("SENT"::equals)
                .hasSize(1);

        // a day later the address may have a receipt again
        clock.advance(Duration.ofHours(25));
        var nextDay = LeadForm.person().with("email", target).submit();
        while (worker.deliverDue() > 0) {
            // as above
        }
        assertThat(Smtp.receivedBy(target)).hasSize(2);
        assertThat(OutboxRows.status(dataSource, nextDay, "LEAD_RECEIVED")).isEqualTo("SENT");
    }
}
