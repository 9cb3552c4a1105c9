package clinic.consult.slot;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The slot-list cache as it runs in production: lists served again within their age, refreshed in the background in
 * their second half, dropped at once by a change through this instance.
 */
@QuarkusTest
@TestProfile(CachedSlotsTest.CachedForAnHour.class)
class CachedSlotsTest extends ApiTest {

    /** An age long enough that nothing expires while a test runs: what changes a list here is a refresh or a drop. */
    public static class CachedForAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("consult.booking.slots-cache-max-age", "1H");
        }
    }

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restore() {
        clock.reset();
        Seed.execute(dataSource, "delete from closures");
    }

    private static List<String> starts(String locationId, LocalDate date) {
        return given().queryParam("type", Slots.IN_PERSON)
                .queryParam("from", date.toString())
                .queryParam("to", date.toString())
                .when()
                .get("/api/v1/locations/" + locationId + "/slots")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("days[0].slots.start", String.class);
    }

    @Test
    void shouldRefreshAListInTheBackgroundInItsSecondHalfAndServeTheOneThereIsMeanwhile() {
        var day = Slots.monday().plusWeeks(1);
        var start = Instant.now();
        clock.fixAt(start);
        assertThat(starts("tustin", day)).hasSize(26);

        // the day closes, written by another instance: this one is not told
        Seed.execute(
                dataSource,
                """
                insert into closures (id, location_id, starts_at, ends_at, reason, created_at)
                values (gen_random_uuid(), 'tustin', '%sT00:00', '%sT00:00', null, now())"""
                        .formatted(day, day.plusDays(1)));
        clock.fixAt(start.plus(Duration.ofMinutes(29)));
        assertThat(starts("tustin", day)).hasSize(26);

        // past half its age the list is still served at once, and is computed again behind the answer
        clock.fixAt(start.plus(Duration.ofMinutes(31)));
        assertThat(starts("tustin", day)).hasSize(26);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(starts("tustin", day)).isEmpty());
    }

    @Test
    void shouldDropALocationsListsAtOnceWhenABookingThroughThisInstanceTakesASeat() {
        var day = Slots.monday().plusWeeks(1).plusDays(1);
        var nine = Slots.at(day, "09:00");
        assertThat(starts("seal-beach", day)).contains(nine);

        given().contentType(ContentType.JSON)
                .body(Slots.booking("seal-beach", Slots.IN_PERSON, nine))
                .when()
                .post("/api/v1/appointments")
                .then()
                .statusCode(201);

        assertThat(starts("seal-beach", day)).isNotEmpty().doesNotContain(nine);
    }
}
