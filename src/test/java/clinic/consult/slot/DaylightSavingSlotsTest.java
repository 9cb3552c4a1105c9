package clinic.consult.slot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Booking;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.TestClock;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Slots and bookings across the changes of America/Los_Angeles in the weeks of 2026-11-01 and 2027-03-14, through
 * the API with the service's clock fixed. Tustin's virtual schedule also opens on Sunday nights for this test, so
 * that the hour that repeats and the hour that does not exist both fall inside opening hours.
 */
@QuarkusTest
class DaylightSavingSlotsTest extends ApiTest {

    private static final String SUNDAY_NIGHTS_TOO =
            """
            {"weeklyHours":{"SATURDAY":[{"start":"09:00","end":"10:00"}],"SUNDAY":[{"start":"00:00","end":"04:00"}],\
            "MONDAY":[{"start":"09:00","end":"10:00"}]},\
            "slotMinutes":30,"stepMinutes":30,"bufferMinutes":0,"capacity":1,"minNoticeMinutes":60,"horizonDays":60}""";

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restore() {
        clock.reset();
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldKeepLocalTimesAndOfferTheRepeatedHourOnceInTheAutumn() {
        clock.fixAt(OffsetDateTime.parse("2026-10-26T08:00:00-07:00").toInstant());
        openSundayNights();

        given().queryParam("type", Slots.VIRTUAL)
                .queryParam("from", "2026-10-31")
                .queryParam("to", "2026-11-02")
                .when()
                .get("/api/v1/locations/tustin/slots")
                .then()
                .statusCode(200)
                .body("days[0].slots.start", contains("2026-10-31T09:00:00-07:00", "2026-10-31T09:30:00-07:00"))
                .body(
                        "days[1].slots.start",
                        contains(
                                "2026-11-01T00:00:00-07:00",
                                "2026-11-01T00:30:00-07:00",
                                "2026-11-01T01:00:00-07:00",
                                "2026-11-01T01:30:00-07:00",
                                "2026-11-01T02:00:00-08:00",
                                "2026-11-01T02:30:00-08:00",
                                "2026-11-01T03:00:00-08:00",
                                "2026-11-01T03:30:00-08:00"))
                .body("days[1].slots[3].end", equalTo("2026-11-01T01:00:00-08:00"))
                .body("days[2].slots.start", contains("2026-11-02T09:00:00-08:00", "2026-11-02T09:30:00-08:00"));

        // the second 01:30 (-08:00) is not a slot; the first one is, and books
        Booking.at("tustin", Slots.VIRTUAL, "2026-11-01T01:30:00-08:00")
                .post()
                .then()
                .statusCode(422)
                .body("reason", equalTo("MISALIGNED"));
        Booking.at("tustin", Slots.VIRTUAL, "2026-11-01T01:30:00-07:00")
                .post()
                .then()
                .statusCode(201)
                .body("end", equalTo("2026-11-01T01:00:00-08:00"));
        Booking.at("tustin", Slots.VIRTUAL, "2026-11-02T09:00:00-08:00")
                .post()
                .then()
                .statusCode(201);
    }

    @Test
    void shouldNeverOfferTheMissingHourInTheSpring() {
        clock.fixAt(OffsetDateTime.parse("2027-03-08T08:00:00-08:00").toInstant());
        openSundayNights();

        given().queryParam("type", Slots.VIRTUAL)
                .queryParam("from", "2027-03-13")
                .queryParam("to", "2027-03-15")
                .when()
                .get("/api/v1/locations/tustin/slots")
                .then()
                .statusCode(200)
                .body("days[0].slots.start", contains("2027-03-13T09:00:00-08:00", "2027-03-13T09:30:00-08:00"))
                .body(
                        "days[1].slots.start",
                        contains(
                                "2027-03-14T00:00:00-08:00",
                                "2027-03-14T00:30:00-08:00",
                                "2027-03-14T01:00:00-08:00",
                                "2027-03-14T01:30:00-08:00",
                                "2027-03-14T03:00:00-07:00",
                                "2027-03-14T03:30:00-07:00"))
                .body("days[2].slots.start", contains("2027-03-15T09:00:00-07:00", "2027-03-15T09:30:00-07:00"));

        Booking.at("tustin", Slots.VIRTUAL, "2027-03-15T09:00:00-07:00")
                .post()
                .then()
                .statusCode(201)
                .body("start", equalTo("2027-03-15T09:00:00-07:00"));
        // 09:00 by the winter offset is 10:00 local after the change: outside these hours
        Booking.at("tustin", Slots.VIRTUAL, "2027-03-15T09:00:00-08:00")
                .post()
                .then()
                .statusCode(422)
                .body("reason", equalTo("OUTSIDE_HOURS"));
    }

    private void openSundayNights() {
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(SUNDAY_NIGHTS_TOO)
                .when()
                .put("/api/v1/locations/tustin/schedules/" + Slots.VIRTUAL)
                .then()
                .statusCode(200);
    }
}
