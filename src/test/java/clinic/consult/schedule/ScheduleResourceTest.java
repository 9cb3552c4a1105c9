package clinic.consult.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.Seed;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScheduleResourceTest extends ApiTest {

    private static final String SCHEDULE = "/api/v1/locations/tustin/schedules/in-person-consultation";
    private static final String WEEKDAY_MORNINGS =
            """
            {"weeklyHours":{"MONDAY":[{"start":"08:00","end":"10:00"},{"start":"14:00","end":"16:00"}],\
            "WEDNESDAY":[{"start":"08:00","end":"12:00"}]},\
            "slotMinutes":45,"stepMinutes":15,"bufferMinutes":0,"capacity":2,"minNoticeMinutes":60,"horizonDays":30}""";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restore() {
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldShowTheSeededScheduleToStaff() {
        given().header(Tokens.asStaff())
                .when()
                .get(SCHEDULE)
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(null)))
                .body("timeZone", equalTo("America/Los_Angeles"))
                .body("weeklyHours.MONDAY.start", contains("09:00", "13:00"))
                .body("weeklyHours.SUNDAY", empty())
                .body("capacity", equalTo(1))
                .body("slotMinutes", equalTo(30));
    }

    @Test
    void shouldReplaceAScheduleAndRefuseAStaleETag() {
        var etag = given().header(Tokens.asAdmin())
                .when()
                .get(SCHEDULE)
                .then()
                .extract()
                .header("ETag");

        given().header(Tokens.asAdmin())
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(WEEKDAY_MORNINGS)
                .when()
                .put(SCHEDULE)
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("weeklyHours.MONDAY.end", contains("10:00", "16:00"))
                .body("weeklyHours.TUESDAY", empty())
                .body("capacity", equalTo(2));

        given().header(Tokens.asAdmin())
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(WEEKDAY_MORNINGS)
                .when()
                .put(SCHEDULE)
                .then()
                .statusCode(412);
        given().header(Tokens.asAdmin())
                .when()
                .get(SCHEDULE)
                .then()
                .body("weeklyHours.WEDNESDAY.start", contains("08:00"))
                .body("slotMinutes", equalTo(45));
    }

    @Test
    void shouldLetOnlyAdminsChangeASchedule() {
        given().header(Tokens.asStaff())
                .contentType(ContentType.JSON)
                .body(WEEKDAY_MORNINGS)
                .when()
                .put(SCHEDULE)
                .then()
                .statusCode(403);
    }

    @Test
    void shouldNameOverlappingAndInvertedIntervalsAndOutOfRangeNumbers() {
        Contract.responsesOnly();
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(
                        """
                        {"weeklyHours":{"MONDAY":[{"start":"09:00","end":"12:00"},{"start":"11:00","end":"13:00"}],\
                        "FRIDAY":[{"start":"17:00","end":"09:00"}]},\
                        "slotMinutes":30,"stepMinutes":15,"bufferMinutes":0,"capacity":1,"minNoticeMinutes":0,\
                        "horizonDays":30}""")
                .when()
                .put(SCHEDULE)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("weeklyHours.MONDAY", "weeklyHours.FRIDAY[0].end"));

        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(WEEKDAY_MORNINGS
                        .replace("\"capacity\":2", "\"capacity\":-1")
                        .replace("\"08:00\"", "\"8 am\""))
                .when()
                .put(SCHEDULE)
                .then()
                .statusCode(400);
        given().header(Tokens.asAdmin()).when().get(SCHEDULE).then().body("capacity", equalTo(1));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownTypeOrLocation() {
        given().header(Tokens.asStaff())
                .when()
                .get("/api/v1/locations/tustin/schedules/massage")
                .then()
                .statusCode(404);
        given().header(Tokens.asStaff())
                .when()
                .get("/api/v1/locations/atlantis/schedules/virtual-consultation")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldAddListAndRemoveAClosure() {
        var location = given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body("{\"start\":\"2099-12-24T00:00\",\"end\":\"2099-12-26T00:00\",\"reason\":\"Christmas\"}")
                .when()
                .post("/api/v1/locations/tustin/closures")
                .then()
                .statusCode(201)
                .body("reason", equalTo("Christmas"))
                .body("start", equalTo("2099-12-24T00:00:00"))
                .extract()
                .header("Location");
        var id = location.substring(location.lastIndexOf('/') + 1);

        given().header(Tokens.asStaff())
                .when()
                .get("/api/v1/locations/tustin/closures")
                .then()
                .statusCode(200)
                .body("id", hasItem(id));
        given().header(Tokens.asStaff())
                .when()
                .get("/api/v1/locations/seal-beach/closures")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(id)));

        given().header(Tokens.asAdmin())
                .when()
                .delete("/api/v1/locations/seal-beach/closures/" + id)
                .then()
                .statusCode(404);
        given().header(Tokens.asAdmin())
                .when()
                .delete("/api/v1/locations/tustin/closures/" + id)
                .then()
                .statusCode(204);
        given().header(Tokens.asStaff())
                .when()
                .get("/api/v1/locations/tustin/closures")
                .then()
                .body("id", not(hasItem(id)));
    }

    @Test
    void shouldRefuseAClosureThatEndsBeforeItStarts() {
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body("{\"start\":\"2099-12-26T00:00\",\"end\":\"2099-12-24T00:00\"}")
                .when()
                .post("/api/v1/locations/tustin/closures")
                .then()
                .statusCode(400)
                .body("errors.field", contains("end"));
    }
}
