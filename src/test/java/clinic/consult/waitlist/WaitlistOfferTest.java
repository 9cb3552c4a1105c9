package clinic.consult.waitlist;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import clinic.consult.notification.NotificationWorker;
import clinic.consult.support.ApiTest;
import clinic.consult.support.Booking;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Metrics;
import clinic.consult.support.OutboxRows;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Smtp;
import clinic.consult.support.Sql;
import clinic.consult.support.TestClock;
import clinic.consult.support.Tokens;
import clinic.consult.support.Waitlists;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The waitlist through the API: a cancelled consultation's seat goes to the first person in line as a hold with a
 * deadline and a message, passes to the next when unanswered, and books when confirmed; never to two at once.
 */
@QuarkusTest
class WaitlistOfferTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @Inject
    WaitlistMatcher matcher;

    @Inject
    NotificationWorker worker;

    @BeforeEach
    void daytimeAtTheClinic() {
        Seed.restoreLocations(dataSource);
        Smtp.start();
        Smtp.clear();
        OutboxRows.setAsideOthers(dataSource);
        clock.fixAt(LocalDate.now(Slots.LOS_ANGELES)
                .atTime(LocalTime.of(10, 0))
                .atZone(Slots.LOS_ANGELES)
                .toInstant());
    }

    @AfterEach
    void restore() {
        clock.reset();
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldOfferAFreedSeatToTheFirstInLineThenTheNextAndBookWhenConfirmed() {
        var monday = Slots.monday();
        var nine = Slots.at(monday, "09:00");
        var taken = Booking.at("tustin", Slots.IN_PERSON, nine).created();
        var first = Waitlists.requested(LeadForm.person());
        var second = Waitlists.requested(LeadForm.person());
        var firstIn = Waitlists.joined(Waitlists.body(first, "tustin", monday, "09:00", "09:30"));
        var secondIn = Waitlists.joined(Waitlists.body(second, "tustin", monday, "09:00", "09:30"));
        double expiredBefore = Metrics.value("consult_waitlist_offers_total", "outcome", "expired");
        double acceptedBefore = Metrics.value("consult_waitlist_offers_total", "outcome", "accepted");

        matcher.matchAll();
        assertThat(Waitlists.entry(firstIn).getString("status")).isEqualTo("WAITING");
        assertThat(Waitlists.entry(secondIn).getInt("position")).isEqualTo(2);

        // the cancellation's commit looks at the line: the seat is the first person's, held from everyone else
        given().header("X-Manage-Token", taken.get("manageToken"))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/appointments/{id}/cancel", taken.get("id"))
                .then()
                .statusCode(200);
        var offered = Waitlists.entry(firstIn);
        assertThat(offered.getString("status")).isEqualTo("OFFERED");
        assertThat(offered.getString("offers[0].status")).isEqualTo("OPEN");
        assertThat(offered.getString("offers[0].start")).isEqualTo(nine);
        assertThat(offered.getString("offers[0].expiresAt"))
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(30)).toString());
        given().contentType(ContentType.JSON)
                .body(Map.of("locationId", "tustin", "type", Slots.IN_PERSON, "start", nine))
                .post("/api/v1/holds")
                .then()
                .statusCode(409);
        matcher.matchAll();
        assertThat(Waitlists.entry(secondIn).getString("status")).isEqualTo("WAITING");

        // the message names the time and the deadline, and links to the entry's page
        deliverAll();
        var offer = Smtp.receivedBy(first.form().email()).stream()
                .filter(mail -> mail.subject().startsWith("A time opened up"))
                .findFirst()
                .orElseThrow();
        assertThat(offer.text())
                .contains("we are keeping it for you until")
                .contains("/waitlist/" + firstIn.id() + "?token=" + firstIn.token());

        // unanswered in 30 minutes: the same seat goes to the next person; the first keeps their place
        clock.advance(Duration.ofMinutes(31));
        matcher.matchAll();
        var lapsed = Waitlists.entry(firstIn);
        assertThat(lapsed.getString("status")).isEqualTo("WAITING");
        assertThat(lapsed.getString("offers[0].status")).isEqualTo("EXPIRED");
        assertThat(lapsed.getInt("position")).isEqualTo(1);
        assertThat(Waitlists.entry(secondIn).getString("offers[0].start")).isEqualTo(nine);
        Waitlists.accept(firstIn).then().statusCode(409);

        var booked = Waitlists.accept(secondIn)
                .then()
                .statusCode(201)
                .body("start", equalTo(nine))
                .body("leadId", equalTo(second.leadId()))
                .extract()
                .jsonPath();
        assertThat(booked.getString("manageToken")).isNotBlank();
        var after = Waitlists.entry(secondIn);
        assertThat(after.getString("status")).isEqualTo("BOOKED");
        assertThat(after.getString("offers[0].appointmentId")).isEqualTo(booked.getString("id"));
        assertThat((Object) after.get("position")).isNull();
        assertThat(Metrics.value("consult_waitlist_offers_total", "outcome", "expired"))
                .isEqualTo(expiredBefore + 1);
        assertThat(Metrics.value("consult_waitlist_offers_total", "outcome", "accepted"))
                .isEqualTo(acceptedBefore + 1);
        assertThat(liveHolds(nine)).isZero();

        Waitlists.leave(firstIn).then().statusCode(200).body("status", equalTo("LEFT"));
        Waitlists.leave(firstIn).then().statusCode(200).body("status", equalTo("LEFT"));
    }

    @Test
    void shouldOfferNothingAtNightAndKeepTheSeatUntilHalfAnHourAfterTheQuietHours() {
        var monday = Slots.monday();
        var nine = Slots.at(monday, "09:00");
        var taken = Booking.at("tustin", Slots.IN_PERSON, nine).created();
        var person = Waitlists.requested(LeadForm.person());
        var joined = Waitlists.joined(Waitlists.body(person, "tustin", monday, "09:00", "09:30"));
        var tonight =
                LocalDate.now(Slots.LOS_ANGELES).atTime(LocalTime.of(22, 0)).atZone(Slots.LOS_ANGELES);
        clock.fixAt(tonight.toInstant());

        given().header("X-Manage-Token", taken.get("manageToken"))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/appointments/{id}/cancel", taken.get("id"))
                .then()
                .statusCode(200);

        var morning = tonight.toLocalDate()
                .plusDays(1)
                .atTime(8, 0)
                .atZone(Slots.LOS_ANGELES)
                .toInstant();
        assertThat(Waitlists.entry(joined).getString("offers[0].expiresAt"))
                .isEqualTo(morning.plus(Duration.ofMinutes(30)).toString());
        deliverAll();
        assertThat(Smtp.receivedBy(person.form().email()).stream()
                        .filter(mail -> mail.subject().startsWith("A time opened up")))
                .isEmpty();
        clock.fixAt(morning);
        deliverAll();
        assertThat(Smtp.receivedBy(person.form().email()).stream()
                        .filter(mail -> mail.subject().startsWith("A time opened up")))
                .hasSize(1);
    }

    @Test
    void shouldOfferTheSeatsOfAClosureLiftedToThoseWaitingForThatDay() {
        var monday = Slots.monday();
        var closure = given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(Map.of("start", monday + "T00:00", "end", monday.plusDays(1) + "T00:00", "reason", "Training"))
                .post("/api/v1/locations/tustin/closures")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var joined = Waitlists.joined(
                Waitlists.body(Waitlists.requested(LeadForm.person()), "tustin", monday, "10:00", "10:30"));
        matcher.matchAll();
        assertThat(Waitlists.entry(joined).getString("status")).isEqualTo("WAITING");

        given().header(Tokens.asAdmin())
                .delete("/api/v1/locations/tustin/closures/{id}", closure)
                .then()
                .statusCode(204);

        var offered = Waitlists.entry(joined);
        assertThat(offered.getString("status")).isEqualTo("OFFERED");
        assertThat(offered.getString("offers[0].start")).isEqualTo(Slots.at(monday, "10:00"));
    }

    private void deliverAll() {
        while (worker.deliverDue() > 0) {
            // a person's messages go one after the other
        }
    }

    private long liveHolds(String start) {
        return Long.parseLong(Sql.single(
                dataSource,
                "select count(*) from holds where start_at = ?::timestamptz and released_at is null and expires_at > ?::timestamptz",
                start,
                clock.instant().toString()));
    }
}
