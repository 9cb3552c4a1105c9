package clinic.consult.series;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Metrics;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.StaffApi;
import clinic.consult.support.TestClock;
import clinic.consult.support.Tokens;
import clinic.consult.support.Treatment;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A booked series changed by staff: an infusion moved inside its plan or past it with a reason, the rest cancelled. */
@QuarkusTest
class SeriesChangesTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @AfterEach
    void restore() {
        clock.reset();
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldMoveAnInfusionInsideThePlanAndRefuseOneThatLeavesIt() {
        var monday = Slots.monday();
        // Monday, Wednesday, Friday, the next Monday and Wednesday: 10 days
        var booked = book(monday, 0, 2, 4, 7, 9);
        var id = booked.getString("id");

        var moved = move(id, 2, Slots.at(monday.plusDays(3), "10:00"), null);
        moved.then().statusCode(200).body("infusions[1].start", equalTo(Slots.at(monday.plusDays(3), "10:00")));

        // the last infusion 14 days after the first would make the series 15 days long
        move(id, 5, Slots.at(monday.plusDays(14), "09:00"), null)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("start"))
                .body(
                        "errors[0].message",
                        equalTo(
                                "the series spans 15 days; the plan allows at most 14 (staff may override with a reason)"));
        // onto the day of another infusion: never two a day
        move(id, 5, Slots.at(monday.plusDays(7), "15:00"), null)
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("infusions 4 and 5 are 0 days apart; the plan needs at least 1"));

        move(id, 5, Slots.at(monday.plusDays(14), "09:00"), "Patient away; physician agreed to a longer series")
                .then()
                .statusCode(200)
                .body("infusions[4].start", equalTo(Slots.at(monday.plusDays(14), "09:00")));
        StaffApi.as(Tokens.asStaff())
                .get(booked.getString("leadId"))
                .then()
                .body("timeline.type", hasItem("TREATMENT_CHANGED"))
                .body(
                        "timeline.find { it.type == 'TREATMENT_CHANGED' }.note",
                        equalTo(
                                "Series " + id
                                        + ": infusion 5 moved outside the plan. Patient away; physician agreed to a longer series"));
    }

    @Test
    void shouldCancelTheRestAndFreeTheirChairs() {
        Treatment.replaceSchedule(Treatment.SEEDED_HOURS, 1);
        var monday = Slots.monday().plusWeeks(1);
        var booked = book(monday, 0, 2, 4, 7, 9);
        var id = booked.getString("id");
        // the first infusion took place
        clock.fixAt(OffsetDateTime.parse(booked.getString("infusions[0].end"))
                .toInstant()
                .plusSeconds(60));
        outcome(booked.getString("infusions[0].appointmentId"), "COMPLETED");

        given().header(Tokens.asStaff())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Moving out of state"))
                .post("/api/v1/series/{id}/cancel", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("done", equalTo(1))
                .body(
                        "infusions.status",
                        equalTo(List.of("COMPLETED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED")));
        given().header(Tokens.asStaff())
                .contentType(ContentType.JSON)
                .post("/api/v1/series/{id}/cancel", id)
                .then()
                .statusCode(409);
        // the one chair of each freed time books again
        var again = book(monday, 2, 4, 7, 9, 11);
        assertThat(again.getString("status")).isEqualTo("BOOKED");
    }

    @Test
    void shouldCompleteASeriesWhenItsLastOutcomeIsRecorded() {
        var monday = Slots.monday().plusWeeks(2);
        var booked = book(monday, 0, 2, 4, 7, 9);
        double completedBefore = Metrics.value("consult_infusions_completed_total");
        clock.fixAt(OffsetDateTime.parse(booked.getString("infusions[4].end"))
                .toInstant()
                .plusSeconds(60));
        for (int i = 0; i < 5; i++) {
            outcome(booked.getString("infusions[" + i + "].appointmentId"), i == 2 ? "NO_SHOW" : "COMPLETED");
            var series = given().header(Tokens.asStaff())
                    .get("/api/v1/series/{id}", booked.getString("id"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(series.getInt("done")).isEqualTo(i < 2 ? i + 1 : i);
            assertThat(series.getString("status")).isEqualTo(i < 4 ? "BOOKED" : "COMPLETED");
        }
        assertThat(Metrics.value("consult_infusions_completed_total")).isEqualTo(completedBefore + 4);
        assertThat(Metrics.value("consult_series_total", "change", "completed")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldBookABoosterOnlyAfterACompletedSeries() {
        var monday = Slots.monday().plusWeeks(3);
        var booked = book(monday, 0, 2, 4, 7, 9);
        var leadId = booked.getString("leadId");
        var found = Treatment.find(Map.of(
                "locationId",
                "tustin",
                "planId",
                "ketamine-booster",
                "firstFrom",
                monday.plusDays(21).toString(),
                "firstTo",
                monday.plusDays(22).toString()));
        List<String> starts = found.then().statusCode(200).extract().jsonPath().getList("series[0].infusions.start");
        assertThat(starts).hasSize(1);
        var booster = Treatment.booking(leadId, "tustin", starts);
        booster.put("planId", "ketamine-booster");
        Treatment.book(booster)
                .then()
                .statusCode(409)
                .body("detail", equalTo("A booster follows a completed series, and the lead has none completed"));

        clock.fixAt(OffsetDateTime.parse(booked.getString("infusions[4].end"))
                .toInstant()
                .plusSeconds(60));
        for (int i = 0; i < 5; i++) {
            outcome(booked.getString("infusions[" + i + "].appointmentId"), "COMPLETED");
        }
        Treatment.book(booster)
                .then()
                .statusCode(201)
                .body("total", equalTo(1))
                .body("planId", equalTo("ketamine-booster"));
    }

    private static JsonPath book(LocalDate monday, int... days) {
        var starts = java.util.Arrays.stream(days)
                .mapToObj(day -> Slots.at(monday.plusDays(day), "09:00"))
                .toList();
        var leadId = Treatment.consultedLead("tustin");
        return Treatment.book(Treatment.booking(leadId, "tustin", starts))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static io.restassured.response.Response move(String id, int position, String start, String reason) {
        var body = new java.util.HashMap<String, Object>();
        body.put("start", start);
        body.put("overrideReason", reason);
        return given().header(Tokens.asStaff())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/series/{id}/infusions/{position}/move", id, position);
    }

    private static void outcome(String appointmentId, String status) {
        given().header(Tokens.asStaff())
                .contentType(ContentType.JSON)
                .body(Map.of("status", status))
                .patch("/api/v1/appointments/{id}", appointmentId)
                .then()
                .statusCode(200);
    }
}
