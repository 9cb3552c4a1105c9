package clinic.consult.hold;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Booking;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/holds and DELETE /api/v1/holds/{id}: anonymous seats kept for a few minutes, a few per client, and
 * what a booking makes of them.
 */
@QuarkusTest
class HoldResourceTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restore() {
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldLetOneClientHoldAFewSeatsOfADayAndOnlyAFewInAll() {
        var client = anotherClient();
        var monday = Slots.monday();
        var first = hold(client, "tustin", Slots.at(monday, "09:00"))
                .then()
                .statusCode(201)
                .extract();
        hold(client, "tustin", Slots.at(monday, "10:00")).then().statusCode(201);
        var refused = hold(client, "tustin", Slots.at(monday, "11:00"))
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:clinic:consult:problem:too-many-holds"))
                .extract();
        var retryAfter = Long.parseLong(refused.header("Retry-After"));
        var firstExpires = Instant.parse(first.path("expiresAt"));
        assertThat(retryAfter)
                .isBetween(1L, Duration.between(Instant.now(), firstExpires).toSeconds() + 2);
        // another location, or another day, is still open to the same client, up to the cap in all
        hold(client, "seal-beach", Slots.at(monday, "11:00")).then().statusCode(201);
        hold(client, "tustin", Slots.at(monday.plusDays(1), "09:00"))
                .then()
                .statusCode(429)
                .body("type", equalTo("urn:clinic:consult:problem:too-many-holds"));
        // and other clients are not held back by this one
        hold(anotherClient(), "tustin", Slots.at(monday, "11:00")).then().statusCode(201);

        // a released hold frees its place in the client's budget
        given().header("X-Forwarded-For", client)
                .delete("/api/v1/holds/{id}", first.path("id").toString())
                .then()
                .statusCode(204);
        hold(client, "tustin", Slots.at(monday.plusDays(1), "09:00")).then().statusCode(201);
        assertThat(liveHolds()).as("five taken, one released").isEqualTo(4);
    }

    @Test
    void shouldCountAnIpv6NetworkAsOneClient() {
        var network = "2001:db8:%x:%x:".formatted(random(), random());
        var monday = Slots.monday();
        hold(network + "0:0:0:1", "tustin", Slots.at(monday, "09:00")).then().statusCode(201);
        hold(network + "abcd:0:0:1", "tustin", Slots.at(monday, "10:00")).then().statusCode(201);
        hold(network + "ffff:ffff:ffff:ffff", "tustin", Slots.at(monday, "11:00"))
                .then()
                .statusCode(429);
    }

    @Test
    void shouldKeepTheSeatForTheConfiguredTimeAndStoreNoAddress() {
        var client = anotherClient();
        var held = hold(client, "tustin", Slots.at(Slots.monday(), "09:00"))
                .then()
                .statusCode(201)
                .extract();
        var expires = Instant.parse(held.path("expiresAt"));
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
        var stored = clinic.consult.support.Sql.single(
                dataSource,
                "select client_key from holds where id = ?::uuid",
                held.path("id").toString());
        assertThat(stored).hasSize(32).doesNotContain(client);
    }

    @Test
    void shouldKeepAHeldSeatForTheBookingThatNamesTheHold() {
        var start = Slots.at(Slots.monday(), "13:00");
        var hold = holdAt(start)
                .then()
                .statusCode(201)
                .body("start", equalTo(start))
                .extract()
                .as(Map.class);

        Booking.post(Slots.booking("tustin", Slots.IN_PERSON, start)).then().statusCode(409);
        var withHold = Slots.booking("tustin", Slots.IN_PERSON, start);
        withHold.put("holdId", hold.get("id"));
        Booking.post(withHold).then().statusCode(201);
    }

    @Test
    void shouldFreeAReleasedHoldAtOnce() {
        var start = Slots.at(Slots.monday(), "13:30");
        String holdId = holdAt(start).then().statusCode(201).extract().path("id");

        given().when().delete("/api/v1/holds/" + holdId).then().statusCode(204);
        given().when().delete("/api/v1/holds/" + holdId).then().statusCode(204);

        Booking.post(Slots.booking("tustin", Slots.IN_PERSON, start)).then().statusCode(201);
    }

    @Test
    void shouldCountAnExpiredHoldAsFreeWithoutAnyJob() {
        var start = Slots.at(Slots.monday(), "14:00");
        String holdId = holdAt(start).then().statusCode(201).extract().path("id");
        Seed.execute(
                dataSource, "UPDATE holds SET expires_at = now() - interval '1 second' WHERE id = '" + holdId + "'");

        Booking.post(Slots.booking("tustin", Slots.IN_PERSON, start)).then().statusCode(201);
    }

    private long liveHolds() {
        return Long.parseLong(clinic.consult.support.Sql.single(
                dataSource, "select count(*) from holds where released_at is null and expires_at > now()"));
    }

    private static Response hold(String client, String locationId, String start) {
        return given().header("X-Forwarded-For", client)
                .contentType(ContentType.JSON)
                .body(Map.of("locationId", locationId, "type", Slots.IN_PERSON, "start", start))
                .post("/api/v1/holds");
    }

    /** A hold of an in-person seat at Tustin by the test's own client. */
    private static Response holdAt(String start) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("locationId", "tustin", "type", Slots.IN_PERSON, "start", start))
                .when()
                .post("/api/v1/holds");
    }

    private static String anotherClient() {
        return "198.51.%d.%d".formatted(random() % 250, random() % 250 + 1);
    }

    private static int random() {
        return ThreadLocalRandom.current().nextInt(1, 0xffff);
    }
}
