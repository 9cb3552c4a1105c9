package clinic.consult.appointment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Booking;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.StaffApi;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An appointment in its person's hands (the manage token) and in staff's: view, reschedule, cancel. */
@QuarkusTest
class AppointmentManageTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ManageLinks links;

    @AfterEach
    void restore() {
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldShowAnAppointmentOnlyWithItsOwnLiveTokenOrToStaffOfItsLocation() {
        var mine = Booking.at("tustin", Slots.IN_PERSON, Slots.at(Slots.monday(), "15:00"))
                .created();
        var theirs = Booking.at("tustin", Slots.IN_PERSON, Slots.at(Slots.monday(), "16:00"))
                .created();
        var id = (String) mine.get("id");

        given().header("X-Manage-Token", mine.get("manageToken"))
                .when()
                .get("/api/v1/appointments/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("BOOKED"));
        given().header("X-Manage-Token", theirs.get("manageToken"))
                .when()
                .get("/api/v1/appointments/" + id)
                .then()
                .statusCode(404);
        Contract.responsesOnly();
        given().when()
                .get("/api/v1/appointments/" + id)
                .then()
                .statusCode(401)
                .body("detail", containsString("X-Manage-Token"));
        given().header(Tokens.asStaff())
                .when()
                .get("/api/v1/appointments/" + id)
                .then()
                .statusCode(200);
        given().header(Tokens.bearer(Tokens.staffOf("seal-beach")))
                .when()
                .get("/api/v1/appointments/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void shouldFreeTheSeatWhenCancelledShowItCancelledAndSendTheLeadBack() {
        var start = Slots.at(Slots.monday(), "09:30");
        var booked = Booking.at("seal-beach", Slots.IN_PERSON, start).created();
        var id = (String) booked.get("id");
        var token = (String) booked.get("manageToken");

        given().header("X-Manage-Token", token)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Found another time"))
                .when()
                .post("/api/v1/appointments/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));

        given().header("X-Manage-Token", token)
                .contentType(ContentType.JSON)
                .body(Map.of("start", Slots.at(Slots.monday(), "10:30")))
                .when()
                .post("/api/v1/appointments/" + id + "/reschedule")
                .then()
                .statusCode(409)
                .body("detail", containsString("cancelled"));
        // a reload of the manage page, with the answer's token or the emailed link's, says it was cancelled
        given().header("X-Manage-Token", token)
                .when()
                .get("/api/v1/appointments/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        given().header("X-Manage-Token", links.tokenFor(java.util.UUID.fromString(id), 0))
                .when()
                .get("/api/v1/appointments/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        StaffApi.as(Tokens.asStaff()).get((String) booked.get("leadId")).then().body("status", equalTo("CONTACTED"));
        Booking.post(Slots.booking("seal-beach", Slots.IN_PERSON, start)).then().statusCode(201);
    }

    @Test
    void shouldKeepTheLeadBookedWhileAnotherConsultationIsAhead() {
        var receipt = given().contentType(ContentType.JSON)
                .body(LeadForm.person().body())
                .post("/api/v1/leads")
                .then()
                .extract()
                .as(Map.class);
        var first = Booking.at("tustin", Slots.VIRTUAL, Slots.at(Slots.monday(), "09:00"))
                .leadToken((String) receipt.get("leadToken"))
                .created();
        // the person is told to move the first; staff may book them a second
        Booking.at("tustin", Slots.VIRTUAL, Slots.at(Slots.monday(), "10:00"))
                .leadToken((String) receipt.get("leadToken"))
                .post()
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:clinic:consult:problem:appointment-state"))
                .body("detail", containsString((String) first.get("id")))
                .body("detail", containsString("reschedule"));
        given().header(Tokens.asStaff())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "locationId",
                        "tustin",
                        "type",
                        Slots.VIRTUAL,
                        "start",
                        Slots.at(Slots.monday(), "10:00"),
                        "leadId",
                        receipt.get("id")))
                .post("/api/v1/appointments")
                .then()
                .statusCode(201);

        given().header("X-Manage-Token", first.get("manageToken"))
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/appointments/" + first.get("id") + "/cancel")
                .then()
                .statusCode(200);

        StaffApi.as(Tokens.asStaff()).get((String) receipt.get("id")).then().body("status", equalTo("CONSULT_BOOKED"));
    }

    @Test
    void shouldKeepTheOldTimeWhenARescheduleIsRefused() {
        var booked = Booking.at("san-juan-capistrano", Slots.IN_PERSON, Slots.at(Slots.monday(), "11:00"))
                .created();
        var id = (String) booked.get("id");
        var token = (String) booked.get("manageToken");

        given().header("X-Manage-Token", token)
                .contentType(ContentType.JSON)
                .body(Map.of("start", Slots.at(Slots.monday(), "11:10")))
                .when()
                .post("/api/v1/appointments/" + id + "/reschedule")
                .then()
                .statusCode(422)
                .body("reason", equalTo("MISALIGNED"));
        given().header("X-Manage-Token", token)
                .when()
                .get("/api/v1/appointments/" + id)
                .then()
                .body("start", equalTo(Slots.at(Slots.monday(), "11:00")));

        // moving by a quarter of an hour overlaps its own old time, which does not count against it
        given().header("X-Manage-Token", token)
                .contentType(ContentType.JSON)
                .body(Map.of("start", Slots.at(Slots.monday(), "11:15")))
                .when()
                .post("/api/v1/appointments/" + id + "/reschedule")
                .then()
                .statusCode(200)
                .body("start", equalTo(Slots.at(Slots.monday(), "11:15")));
        Booking.post(Slots.booking("san-juan-capistrano", Slots.IN_PERSON, Slots.at(Slots.monday(), "09:45")))
                .then()
                .statusCode(201);
    }
}
