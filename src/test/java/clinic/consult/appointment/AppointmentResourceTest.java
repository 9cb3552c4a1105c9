package clinic.consult.appointment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Booking;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Sql;
import clinic.consult.support.StaffApi;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AppointmentResourceTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restore() {
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldBookWithInlineDetailsAndMoveTheLeadToConsultBooked() {
        var start = Slots.at(Slots.monday(), "09:00");

        var booked = Booking.post(Slots.booking("tustin", Slots.IN_PERSON, start))
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/appointments/"))
                .body("status", equalTo("BOOKED"))
                .body("start", equalTo(start))
                .body("end", equalTo(Slots.at(Slots.monday(), "09:30")))
                .extract()
                .as(Map.class);

        assertThat((String) booked.get("manageToken")).hasSizeGreaterThanOrEqualTo(43);
        StaffApi.as(Tokens.asStaff())
                .get((String) booked.get("leadId"))
                .then()
                .body("status", equalTo("CONSULT_BOOKED"))
                .body("locationId", equalTo("tustin"))
                .body("routing.reason", equalTo("PREFERRED_LOCATION"))
                .body("timeline.type", hasItem("CONSULTATION_BOOKED"));
        assertThat(Sql.single(
                        dataSource, "select manage_token_hash from appointments where id = ?::uuid", booked.get("id")))
                .isNotEqualTo(booked.get("manageToken"))
                .hasSize(64);
    }

    @Test
    void shouldBookWithTheLeadTokenOfAConsultationRequest() {
        var receipt = given().contentType(ContentType.JSON)
                .body(LeadForm.person().body())
                .when()
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);

        Booking.post(Map.of(
                        "locationId",
                        "seal-beach",
                        "type",
                        Slots.VIRTUAL,
                        "start",
                        Slots.at(Slots.monday(), "10:00"),
                        "leadToken",
                        receipt.get("leadToken")))
                .then()
                .statusCode(201)
                .body("leadId", equalTo(receipt.get("id")));
    }

    @Test
    void shouldRefuseAForgedLeadTokenAndABookingForNobodyOrSeveral() {
        var start = Slots.at(Slots.monday(), "10:00");
        Booking.post(Map.of("locationId", "seal-beach", "type", Slots.VIRTUAL, "start", start, "leadToken", "forged"))
                .then()
                .statusCode(400)
                .body("errors.field", contains("leadToken"));
        Booking.post(Map.of("locationId", "seal-beach", "type", Slots.VIRTUAL, "start", start))
                .then()
                .statusCode(400)
                .body("errors.field", contains("lead"));
        var both = Slots.booking("seal-beach", Slots.VIRTUAL, start);
        both.put("leadToken", "forged");
        Booking.post(both).then().statusCode(400).body("errors.field", contains("lead"));
        var unknown = Slots.booking("atlantis", "massage", start);
        Contract.responsesOnly();
        Booking.post(unknown).then().statusCode(400).body("errors.field", contains("locationId", "type"));
    }

    @Test
    void shouldReplayARetriedBookingWithANewTokenAndNeverStoreTheFirst() {
        var body = Slots.booking("tustin", Slots.IN_PERSON, Slots.at(Slots.monday(), "16:30"));
        var key = "booking-" + java.util.UUID.randomUUID();
        Map<?, ?> first = given().header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/appointments")
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
        Map<?, ?> retry = given().header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/appointments")
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);

        assertThat(retry.get("id")).isEqualTo(first.get("id"));
        assertThat(retry.get("start")).isEqualTo(first.get("start"));
        assertThat(retry.get("manageToken")).isNotNull().isNotEqualTo(first.get("manageToken"));
        assertThat(Sql.single(dataSource, "select response_body from idempotency_keys where idempotency_key = ?", key))
                .doesNotContain((String) first.get("manageToken"));
        given().header("X-Manage-Token", first.get("manageToken"))
                .get("/api/v1/appointments/" + first.get("id"))
                .then()
                .statusCode(404);
        given().header("X-Manage-Token", retry.get("manageToken"))
                .get("/api/v1/appointments/" + first.get("id"))
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseASecondBookingOfTheLastSeat() {
        var start = Slots.at(Slots.monday(), "11:00");
        Booking.post(Slots.booking("tustin", Slots.IN_PERSON, start)).then().statusCode(201);

        Booking.post(Slots.booking("tustin", Slots.IN_PERSON, start))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:clinic:consult:problem:slot-unavailable"));
    }

    @Test
    void shouldNameTheRuleAnUnbookableStartBreaks() {
        var monday = Slots.monday();
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body("{\"start\":\"%sT13:00\",\"end\":\"%sT00:00\"}".formatted(monday, monday.plusDays(1)))
                .when()
                .post("/api/v1/locations/tustin/closures")
                .then()
                .statusCode(201);

        assertRefused(Slots.at(monday, "09:05"), "MISALIGNED");
        assertRefused(Slots.at(monday, "12:00"), "OUTSIDE_HOURS");
        assertRefused(Slots.at(monday.plusDays(6), "09:00"), "OUTSIDE_HOURS");
        assertRefused(Slots.at(monday, "14:00"), "CLOSED");
        assertRefused(Slots.at(monday.minusWeeks(3), "09:00"), "PAST");
        assertRefused(Slots.at(monday.plusWeeks(10), "09:00"), "BEYOND_HORIZON");
    }

    @Test
    void shouldBookListedSlotsAndRefuseUnlistedStarts() {
        var monday = Slots.monday();
        List<String> listed = given().queryParam("type", Slots.VIRTUAL)
                .queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(6).toString())
                .when()
                .get("/api/v1/locations/san-juan-capistrano/slots")
                .then()
                .statusCode(200)
                .extract()
                .path("days.slots.flatten().start");
        var random = new Random(42);
        var sample = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            sample.add(listed.get(random.nextInt(listed.size())));
        }
        for (var start : sample.stream().distinct().toList()) {
            Booking.post(Slots.booking("san-juan-capistrano", Slots.VIRTUAL, start))
                    .then()
                    .statusCode(201);
        }
        for (int i = 0; i < 12; i++) {
            var day = monday.plusDays(random.nextInt(7));
            var time = String.format("%02d:%02d", random.nextInt(24), 1 + random.nextInt(58));
            var start = Slots.at(day, time);
            if (!listed.contains(start)) {
                Booking.post(Slots.booking("san-juan-capistrano", Slots.VIRTUAL, start))
                        .then()
                        .statusCode(422)
                        .body("type", equalTo("urn:clinic:consult:problem:slot-not-bookable"));
            }
        }
    }

    @Test
    void shouldListALocationsDayForStaffAndRecordTheOutcomeOnceStarted() {
        var monday = Slots.monday();
        var booked =
                Booking.at("tustin", Slots.VIRTUAL, Slots.at(monday, "08:00")).created();
        var id = (String) booked.get("id");

        given().header(Tokens.asStaff())
                .queryParam("locationId", "tustin")
                .queryParam("date", monday.toString())
                .queryParam("status", "BOOKED")
                .when()
                .get("/api/v1/appointments")
                .then()
                .statusCode(200)
                .body("id", hasItem(id));
        given().header(Tokens.bearer(Tokens.staffOf("seal-beach")))
                .queryParam("locationId", "tustin")
                .when()
                .get("/api/v1/appointments")
                .then()
                .statusCode(404);

        given().header(Tokens.asStaff())
                .contentType(ContentType.JSON)
                .body(Map.of("status", "COMPLETED"))
                .when()
                .patch("/api/v1/appointments/" + id)
                .then()
                .statusCode(409);

        Seed.execute(
                dataSource,
                "UPDATE appointments SET start_at = now() - interval '1 hour', end_at = now() - interval '40 minutes',"
                        + " blocks_until = now() - interval '30 minutes' WHERE id = '" + id + "'");
        given().header(Tokens.asStaff())
                .contentType(ContentType.JSON)
                .body(Map.of("status", "NO_SHOW"))
                .when()
                .patch("/api/v1/appointments/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("NO_SHOW"));
        StaffApi.as(Tokens.asStaff()).get((String) booked.get("leadId")).then().body("status", equalTo("NO_SHOW"));
        // the token of an appointment that is over no longer works
        given().header("X-Manage-Token", booked.get("manageToken"))
                .when()
                .get("/api/v1/appointments/" + id)
                .then()
                .statusCode(404);
        given().header(Tokens.asAdmin())
                .queryParam("leadId", booked.get("leadId"))
                .when()
                .get("/api/v1/audit")
                .then()
                .body("items.action", hasItem("APPOINTMENT_LISTED"))
                .body("items.action", hasItem("APPOINTMENT_CHANGED"));
    }

    @Test
    void shouldLetStaffBookForAnExistingLeadAndNobodyElse() {
        var leadId = LeadForm.person().submit();
        var body = new HashMap<String, Object>(Map.of(
                "locationId",
                "tustin",
                "type",
                Slots.VIRTUAL,
                "start",
                Slots.at(Slots.monday(), "12:00"),
                "leadId",
                leadId));

        Booking.post(body).then().statusCode(403);
        given().header(Tokens.asStaff())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/appointments")
                .then()
                .statusCode(201)
                .body("leadId", equalTo(leadId));
        StaffApi.as(Tokens.asStaff()).get(leadId).then().body("status", not(equalTo("NEW")));
    }

    @Test
    void shouldCancelAnErasedLeadsUpcomingConsultationAndForgetWhatThePersonTyped() {
        var first = Booking.at("tustin", Slots.IN_PERSON, Slots.at(Slots.monday(), "09:00"))
                .created();
        var leadId = (String) first.get("leadId");
        given().contentType(ContentType.JSON)
                .header("X-Manage-Token", first.get("manageToken"))
                .body(Map.of("reason", "Feeling better, call me at 714-555-0100"))
                .post("/api/v1/appointments/{id}/cancel", first.get("id"))
                .then()
                .statusCode(200);
        var upcoming = given().header(Tokens.asStaff())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "locationId",
                        "tustin",
                        "type",
                        Slots.IN_PERSON,
                        "start",
                        Slots.at(Slots.monday(), "10:00"),
                        "leadId",
                        leadId))
                .post("/api/v1/appointments")
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);

        given().header(Tokens.asAdmin())
                .delete("/api/v1/leads/{id}", leadId)
                .then()
                .statusCode(204);

        assertThat(Sql.column(dataSource, "select cancel_reason from appointments where lead_id = ?::uuid", leadId))
                .containsOnlyNulls();
        assertThat(Sql.single(dataSource, "select status from appointments where id = ?::uuid", upcoming.get("id")))
                .isEqualTo("CANCELLED");
        given().header("X-Manage-Token", upcoming.get("manageToken"))
                .get("/api/v1/appointments/{id}", upcoming.get("id"))
                .then()
                .statusCode(404);
        // its seat is free again at once
        Booking.at("tustin", Slots.IN_PERSON, Slots.at(Slots.monday(), "10:00")).created();
    }

    private void assertRefused(String start, String reason) {
        Booking.post(Slots.booking("tustin", Slots.IN_PERSON, start))
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:clinic:consult:problem:slot-not-bookable"))
                .body("reason", equalTo(reason));
    }
}
