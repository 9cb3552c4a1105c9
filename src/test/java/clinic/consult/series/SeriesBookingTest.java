package clinic.consult.series;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Sql;
import clinic.consult.support.StaffApi;
import clinic.consult.support.Tokens;
import clinic.consult.support.Treatment;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Booking a series as staff do: search, book the one they pick, all or nothing, once per key. */
@QuarkusTest
class SeriesBookingTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restore() {
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldBookTheBestSeriesAndConvertTheLead() {
        var monday = Slots.monday();
        var found = Treatment.find(Treatment.search("tustin", monday, monday.plusDays(4)));
        found.then()
                .statusCode(200)
                .body("series.size()", equalTo(5))
                .body("explanation", equalTo(null))
                .body("timeZone", equalTo("America/Los_Angeles"));
        var starts = Treatment.starts(found, 0);
        assertThat(starts).hasSize(5);
        var dates = starts.stream()
                .map(start -> OffsetDateTime.parse(start).toLocalDate())
                .toList();
        assertThat(dates).doesNotHaveDuplicates().isSorted();
        assertThat(ChronoUnit.DAYS.between(dates.get(0), dates.get(4)) + 1).isBetween(10L, 14L);
        // nothing booked yet: the best series starts on the first day, at the first time, every day the same
        assertThat(dates.get(0)).isEqualTo(monday);
        assertThat(starts).allSatisfy(start -> assertThat(start).contains("T08:00:00"));

        var leadId = Treatment.consultedLead("tustin");
        var booked = Treatment.book(Treatment.booking(leadId, "tustin", starts));
        booked.then()
                .statusCode(201)
                .body("status", equalTo("BOOKED"))
                .body("done", equalTo(0))
                .body("total", equalTo(5))
                .body("infusions.start", equalTo(starts))
                .body("infusions.status", equalTo(List.of("BOOKED", "BOOKED", "BOOKED", "BOOKED", "BOOKED")));
        var seriesId = booked.then().extract().path("id").toString();
        assertThat(booked.header("Location")).endsWith("/api/v1/series/" + seriesId);

        StaffApi.as(Tokens.asStaff())
                .get(leadId)
                .then()
                .body("status", equalTo("CONVERTED"))
                .body("timeline.type", hasItem("TREATMENT_BOOKED"));
        given().header(Tokens.asStaff())
                .get("/api/v1/series/{id}", seriesId)
                .then()
                .statusCode(200)
                .body("infusions.position", equalTo(List.of(1, 2, 3, 4, 5)));
        // the front desk's day list shows the infusion
        given().header(Tokens.asStaff())
                .queryParam("locationId", "tustin")
                .queryParam("date", monday.toString())
                .get("/api/v1/appointments")
                .then()
                .statusCode(200)
                .body("type", hasItem(Treatment.INFUSION));
    }

    @Test
    void shouldBookOnceForOneIdempotencyKey() {
        var monday = Slots.monday().plusWeeks(1);
        var starts = Treatment.starts(Treatment.find(Treatment.search("seal-beach", monday, monday)), 0);
        var body = Treatment.booking(Treatment.consultedLead("seal-beach"), "seal-beach", starts);
        var key = UUID.randomUUID().toString();
        String first = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            var id = given().header(Tokens.asStaff())
                    .header("Idempotency-Key", key)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/series/book")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id")
                    .toString();
            first = first == null ? id : first;
            assertThat(id).isEqualTo(first);
        }
        assertThat(count("SELECT count(*) FROM appointments WHERE series_id = '" + first + "'"))
                .isEqualTo(5);
        // another key is another request: a second series beside the one booked is refused
        Treatment.book(body)
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith(":appointment-state"))
                .body(
                        "detail",
                        equalTo("The lead's series " + first
                                + " is booked: move its infusions or cancel the rest of it first"));
    }

    @Test
    void shouldRefuseASeriesOutsideThePlanUnlessStaffOverride() {
        var monday = Slots.monday().plusWeeks(2);
        var leadId = Treatment.consultedLead("tustin");
        var tight = List.of(0, 1, 2, 3, 4).stream()
                .map(day -> Slots.at(monday.plusDays(day), "09:00"))
                .toList();
        Treatment.book(Treatment.booking(leadId, "tustin", tight))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("starts"))
                .body(
                        "errors[0].message",
                        equalTo(
                                "the series spans 5 days; the plan needs at least 10 (staff may override with a reason)"));
        var twoADay = List.of(
                Slots.at(monday, "09:00"),
                Slots.at(monday, "11:00"),
                Slots.at(monday.plusDays(4), "09:00"),
                Slots.at(monday.plusDays(8), "09:00"),
                Slots.at(monday.plusDays(11), "09:00"));
        Treatment.book(Treatment.booking(leadId, "tustin", twoADay))
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("infusions 1 and 2 are 0 days apart; the plan needs at least 1"));
        assertThat(count("SELECT count(*) FROM appointments WHERE lead_id = '" + leadId + "'"))
                .isZero();

        var overridden = Treatment.booking(leadId, "tustin", tight);
        overridden.put("overrideReason", "Physician's order: daily infusions this week");
        Treatment.book(overridden)
                .then()
                .statusCode(201)
                .body("overrideReason", equalTo("Physician's order: daily infusions this week"));
    }

    @Test
    void shouldRefuseALeadWhoseConsultationWasNotHeld() {
        var monday = Slots.monday().plusWeeks(3);
        var starts = Treatment.starts(Treatment.find(Treatment.search("tustin", monday, monday)), 0);
        var leadId = given().contentType(ContentType.JSON)
                .body(clinic.consult.support.LeadForm.person().body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id")
                .toString();
        Treatment.book(Treatment.booking(leadId, "tustin", starts))
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:clinic:consult:problem:illegal-status-transition"));
        assertThat(count("SELECT count(*) FROM treatment_series WHERE lead_id = '" + leadId + "'"))
                .isZero();
    }

    @Test
    void shouldKeepTreatmentsFromThePublic() {
        clinic.consult.support.Contract.responsesOnly();
        var start = Slots.at(Slots.monday(), "09:00");
        clinic.consult.support.Booking.at("tustin", Treatment.INFUSION, start)
                .post()
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().queryParam("type", Treatment.INFUSION)
                .get("/api/v1/locations/tustin/slots")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().contentType(ContentType.JSON)
                .body(Treatment.search("tustin", Slots.monday(), Slots.monday()))
                .post("/api/v1/series/find")
                .then()
                .statusCode(401);
        given().header(Tokens.bearer(Tokens.staffOf("seal-beach")))
                .contentType(ContentType.JSON)
                .body(Treatment.search("tustin", Slots.monday(), Slots.monday()))
                .post("/api/v1/series/find")
                .then()
                .statusCode(403);
    }

    private long count(String sql) {
        return Long.parseLong(Sql.single(dataSource, sql));
    }
}
