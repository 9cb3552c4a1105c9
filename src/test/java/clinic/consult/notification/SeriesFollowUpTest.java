package clinic.consult.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.series.SeriesFollowUps;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Slots;
import clinic.consult.support.Smtp;
import clinic.consult.support.Sql;
import clinic.consult.support.Tokens;
import clinic.consult.support.Treatment;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A completed series brings one message from the clinic, six weeks after its last infusion, and only one. */
@QuarkusTest
class SeriesFollowUpTest extends OutboxTest {

    @Inject
    SeriesFollowUps followUps;

    @Test
    void shouldWriteOnceSixWeeksAfterTheSeriesIsCompleted() {
        var person = LeadForm.person().with("preferredLocationId", "tustin");
        var leadId = Treatment.consulted(person);
        var monday = Slots.monday().plusWeeks(4);
        var starts = List.of(0, 2, 4, 7, 9).stream()
                .map(day -> Slots.at(monday.plusDays(day), "09:00"))
                .toList();
        var booked = Treatment.book(Treatment.booking(leadId, "tustin", starts))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        clock.fixAt(OffsetDateTime.parse(booked.getString("infusions[4].end"))
                .toInstant()
                .plusSeconds(60));
        for (int i = 0; i < 5; i++) {
            given().header(Tokens.asStaff())
                    .contentType(ContentType.JSON)
                    .body(Map.of("status", "COMPLETED"))
                    .patch("/api/v1/appointments/{id}", booked.getString("infusions[" + i + "].appointmentId"))
                    .then()
                    .statusCode(200);
        }

        followUps.queueDue();
        assertThat(followUpsOf(leadId)).isZero();
        clock.advance(Duration.ofDays(42));
        followUps.queueDue();
        followUps.queueDue();
        assertThat(followUpsOf(leadId)).isEqualTo(1);

        while (worker.deliverDue() > 0) {
            // a person's messages go one after the other
        }
        var mails = Smtp.receivedBy(person.email()).stream()
                .filter(mail -> mail.subject().startsWith("Checking in"))
                .toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo("Checking in from Tustin");
        assertThat(mails.get(0).text()).contains("It has been a few weeks since your last visit with us.");
        assertThat(mails.get(0).everything().toLowerCase(Locale.ROOT))
                .doesNotContain("ketamine")
                .doesNotContain("infusion");
    }

    private long followUpsOf(String leadId) {
        return Long.parseLong(Sql.single(
                dataSource,
                "select count(*) from notifications where lead_id = ?::uuid and type = 'SERIES_FOLLOW_UP'",
                leadId));
    }
}
