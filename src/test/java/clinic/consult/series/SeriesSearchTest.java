package clinic.consult.series;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.TestClock;
import clinic.consult.support.Tokens;
import clinic.consult.support.Treatment;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The series search: what it lists books, what it cannot find it explains, and local times hold across DST. */
@QuarkusTest
class SeriesSearchTest extends ApiTest {

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
    void shouldBookEverySeriesItListsAtThePreferredTimes() {
        Treatment.replaceSchedule(
                "{\"MONDAY\":[{\"start\":\"08:00\",\"end\":\"17:00\"}],"
                        + "\"WEDNESDAY\":[{\"start\":\"08:00\",\"end\":\"17:00\"}],"
                        + "\"THURSDAY\":[{\"start\":\"08:00\",\"end\":\"12:00\"}],"
                        + "\"FRIDAY\":[{\"start\":\"08:00\",\"end\":\"17:00\"}]}",
                50);
        var monday = Slots.monday();
        var search = Treatment.search("tustin", monday, monday.plusDays(13));
        search.put("preference", Map.of("after", "15:00"));
        search.put("limit", 20);
        var found = Treatment.find(search).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> series = found.getList("series");
        // a first day on each open day of two weeks (8): Thursdays close at noon, so their series rank last
        assertThat(series).hasSize(8);
        assertThat(found.getInt("series[0].offPreference")).isZero();
        assertThat(found.getList("series.offPreference", Integer.class)).isSorted();
        for (int i = 0; i < series.size(); i++) {
            List<String> starts = found.getList("series[" + i + "].infusions.start");
            for (var start : starts) {
                var local = OffsetDateTime.parse(start).atZoneSameInstant(Slots.LOS_ANGELES);
                var thursday = local.getDayOfWeek() == java.time.DayOfWeek.THURSDAY;
                assertThat(local.getHour()).isEqualTo(thursday ? 8 : 15);
            }
            Treatment.book(Treatment.booking(Treatment.consultedLead("tustin"), "tustin", starts))
                    .then()
                    .statusCode(201);
        }
    }

    @Test
    void shouldExplainWhyNoSeriesFits() {
        var monday = Slots.monday().plusWeeks(1);
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "start", monday.plusDays(2).atTime(0, 0).toString(),
                        "end", monday.plusDays(13).atTime(0, 0).toString(),
                        "reason", "Training"))
                .post("/api/v1/locations/tustin/closures")
                .then()
                .statusCode(201);
        var found = Treatment.find(Treatment.search("tustin", monday, monday.plusDays(1)));
        found.then()
                .statusCode(200)
                .body("series.size()", equalTo(0))
                .body(
                        "unavailableDays.findAll { it.reason == 'CLOSED' }.date",
                        hasItems(
                                monday.plusDays(3).toString(),
                                monday.plusDays(8).toString()))
                .body(
                        "unavailableDays.findAll { it.reason == 'NO_HOURS' }.date",
                        hasItems(
                                monday.plusDays(6).toString(),
                                monday.plusDays(13).toString()));
        assertThat(found.then().extract().<String>path("explanation"))
                .startsWith("No series of 5 infusions over 10-14 days, at least 1 day(s) apart, starts from " + monday
                        + " to " + monday.plusDays(1))
                .contains("the location is closed on " + monday.plusDays(2) + ", " + monday.plusDays(3));
    }

    @Test
    void shouldSayWhichDaysTheChairsAreFull() {
        Treatment.replaceSchedule(
                "{\"MONDAY\":[{\"start\":\"08:00\",\"end\":\"09:00\"}],"
                        + "\"TUESDAY\":[{\"start\":\"08:00\",\"end\":\"09:00\"}],"
                        + "\"WEDNESDAY\":[{\"start\":\"08:00\",\"end\":\"09:00\"}],"
                        + "\"THURSDAY\":[{\"start\":\"08:00\",\"end\":\"09:00\"}],"
                        + "\"FRIDAY\":[{\"start\":\"08:00\",\"end\":\"09:00\"}]}",
                1);
        var monday = Slots.monday().plusWeeks(2);
        var week = List.of(0, 1, 2, 3, 4).stream()
                .map(day -> Slots.at(monday.plusDays(day), "08:00"))
                .toList();
        var full = Treatment.booking(Treatment.consultedLead("tustin"), "tustin", week);
        full.put("overrideReason", "Daily this week, as the physician ordered");
        Treatment.book(full).then().statusCode(201);

        var found = Treatment.find(Treatment.search("tustin", monday, monday.plusDays(1)));
        found.then()
                .statusCode(200)
                .body("series.size()", equalTo(0))
                .body(
                        "unavailableDays.findAll { it.reason == 'FULL' }.date",
                        equalTo(List.of(
                                monday.toString(),
                                monday.plusDays(1).toString(),
                                monday.plusDays(2).toString(),
                                monday.plusDays(3).toString(),
                                monday.plusDays(4).toString())));
        assertThat(found.then().extract().<String>path("explanation"))
                .contains("the chairs are full on " + monday + ", " + monday.plusDays(1));
    }

    @Test
    void shouldKeepLocalTimesAcrossTheSpringDaylightSavingChange() {
        // 2027-03-14 02:00 the clocks spring forward; a series from Monday 8 March crosses it
        clock.fixAt(LocalDateTime.parse("2027-03-01T12:00")
                .atZone(Slots.LOS_ANGELES)
                .toInstant());
        var first = LocalDate.parse("2027-03-08");
        var found = Treatment.find(Treatment.search("tustin", first, first));
        List<String> starts = Treatment.starts(found, 0);
        assertThat(starts)
                .containsExactly(
                        "2027-03-08T08:00:00-08:00",
                        "2027-03-09T08:00:00-08:00",
                        "2027-03-10T08:00:00-08:00",
                        "2027-03-11T08:00:00-08:00",
                        "2027-03-17T08:00:00-07:00");
        var booked = Treatment.book(Treatment.booking(Treatment.consultedLead("tustin"), "tustin", starts));
        booked.then().statusCode(201).body("infusions.start", equalTo(starts));
    }
}
