package clinic.consult.slot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** /api/v1/locations/{id}/slots: one location's bookable times, day by day, in its local time. */
@QuarkusTest
class SlotResourceTest extends ApiTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restore() {
        Seed.restoreSchedules(dataSource);
    }

    private static LocalDate monday() {
        return Slots.monday();
    }

    private static String at(LocalDate date, String time) {
        return Slots.at(date, time);
    }

    @Test
    void shouldListEveryDateOfTheRangeWithItsSlotsInLocalTime() {
        var monday = monday();
        given().queryParam("type", "in-person-consultation")
                .queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(6).toString())
                .when()
                .get("/api/v1/locations/tustin/slots")
                .then()
                .statusCode(200)
                .body("locationId", equalTo("tustin"))
                .body("timeZone", equalTo("America/Los_Angeles"))
                .body("days", hasSize(7))
                .body("days[0].date", equalTo(monday.toString()))
                .body("days[0].slots[0].start", equalTo(at(monday, "09:00")))
                .body("days[0].slots[0].end", equalTo(at(monday, "09:30")))
                .body("days[0].slots[1].start", equalTo(at(monday, "09:15")))
                .body("days[0].slots.remaining", everyItem(equalTo(1)))
                // 09:00-12:00 and 13:00-17:00 every 15 minutes with room for 30: 11 + 15
                .body("days[0].slots", hasSize(26))
                .body("days[6].slots", empty());
    }

    @Test
    void shouldDefaultToTheNextFourteenDays() {
        given().queryParam("type", "virtual-consultation")
                .when()
                .get("/api/v1/locations/seal-beach/slots")
                .then()
                .statusCode(200)
                .body("days", hasSize(14))
                .body("days[0].date", equalTo(LocalDate.now(LOS_ANGELES).toString()));
    }

    @Test
    void shouldNameEveryBadParameter() {
        Contract.responsesOnly();
        given().queryParam("type", "massage")
                .queryParam("from", "next week")
                .when()
                .get("/api/v1/locations/tustin/slots")
                .then()
                .statusCode(400)
                .body("errors.field", contains("from"));
        given().queryParam("type", "massage")
                .when()
                .get("/api/v1/locations/tustin/slots")
                .then()
                .statusCode(400)
                .body("errors.field", contains("type"));
        given().when()
                .get("/api/v1/locations/tustin/slots")
                .then()
                .statusCode(400)
                .body("errors.field", contains("type"));
        var monday = monday();
        given().queryParam("type", "virtual-consultation")
                .queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(31).toString())
                .when()
                .get("/api/v1/locations/tustin/slots")
                .then()
                .statusCode(400)
                .body("errors.field", contains("to"));
        given().queryParam("type", "virtual-consultation")
                .queryParam("from", monday.toString())
                .queryParam("to", monday.minusDays(1).toString())
                .when()
                .get("/api/v1/locations/tustin/slots")
                .then()
                .statusCode(400)
                .body("errors.field", contains("to"));
    }

    @Test
    void shouldAcceptThirtyOneDays() {
        var monday = monday();
        given().queryParam("type", "virtual-consultation")
                .queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(30).toString())
                .when()
                .get("/api/v1/locations/tustin/slots")
                .then()
                .statusCode(200)
                .body("days", hasSize(31));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownLocation() {
        given().queryParam("type", "virtual-consultation")
                .when()
                .get("/api/v1/locations/atlantis/slots")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldOfferNothingInsideAClosure() {
        var monday = monday();
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body("{\"start\":\"%sT00:00\",\"end\":\"%sT12:00\"}".formatted(monday, monday))
                .when()
                .post("/api/v1/locations/tustin/closures")
                .then()
                .statusCode(201);

        given().queryParam("type", "in-person-consultation")
                .queryParam("from", monday.toString())
                .queryParam("to", monday.toString())
                .when()
                .get("/api/v1/locations/tustin/slots")
                .then()
                .statusCode(200)
                .body("days[0].slots[0].start", equalTo(at(monday, "13:00")))
                .body("days[0].slots", hasSize(15));
    }
}
