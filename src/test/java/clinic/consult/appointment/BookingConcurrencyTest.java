package clinic.consult.appointment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Race;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Sql;
import clinic.consult.support.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The guarantee: however many requests race for a (location, type)'s seats, exactly the free capacity succeeds, the
 * rest get 409, and nothing fails with a 5xx. Requests are real HTTP, released together from many threads.
 */
@QuarkusTest
class BookingConcurrencyTest extends ApiTest {

    private static final int CLIENTS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void restore() {
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldGiveTheLastSeatToExactlyOneOfSixtyConcurrentBookings() throws Exception {
        var start = Slots.at(Slots.monday(), "09:00");

        var statuses = race(i -> post("/api/v1/appointments", Slots.booking("tustin", Slots.IN_PERSON, start)));

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(CLIENTS - 1);
        assertThat(Sql.single(
                        dataSource,
                        "select count(*) from appointments where location_id = 'tustin' and start_at = ?::timestamptz"
                                + " and status = 'BOOKED'",
                        start))
                .isEqualTo("1");
    }

    @Test
    void shouldLetOnlyOneOfOverlappingStartsWin() throws Exception {
        // 30-minute slots with a 15-minute buffer: 09:00, 09:15 and 09:30 all overlap one another
        var starts = List.of("09:00", "09:15", "09:30");

        var statuses = race(i -> post(
                "/api/v1/appointments",
                Slots.booking("tustin", Slots.IN_PERSON, Slots.at(Slots.monday().plusDays(2), starts.get(i % 3)))));

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(CLIENTS - 1);
    }

    @Test
    void shouldRefuseATakenTimeWithoutQueueingForTheDaysBookingLock() throws Exception {
        var day = Slots.monday().plusDays(3);
        var taken = Slots.at(day, "11:00");
        given().contentType(ContentType.JSON)
                .body(Slots.booking("tustin", Slots.IN_PERSON, taken))
                .when()
                .post("/api/v1/appointments")
                .then()
                .statusCode(201);
        var pool = Executors.newFixedThreadPool(2);
        try (var connection = dataSource.getConnection()) {
            // another booking of that day holds the day's booking lock, as a slow one would
            connection.setAutoCommit(false);
            try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 7))")) {
                lock.setString(1, "booking:tustin:" + Slots.IN_PERSON + ":" + day);
                lock.executeQuery();
            }
            var free = pool.submit(
                    post("/api/v1/appointments", Slots.booking("tustin", Slots.IN_PERSON, Slots.at(day, "14:00"))));
            var refused = pool.submit(post("/api/v1/appointments", Slots.booking("tustin", Slots.IN_PERSON, taken)));

            // the taken time is told at once; the free one waits its turn
            assertThat(refused.get(20, TimeUnit.SECONDS)).isEqualTo(409);
            assertThat(free.isDone()).isFalse();
            connection.rollback();
            assertThat(free.get(20, TimeUnit.SECONDS)).isEqualTo(201);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldGiveExactlyTheFreeCapacityWhenSeveralSeatsAreLeft() throws Exception {
        setCapacity("seal-beach", Slots.IN_PERSON, 3);
        var start = Slots.at(Slots.monday(), "13:00");

        var statuses = race(i -> post("/api/v1/appointments", Slots.booking("seal-beach", Slots.IN_PERSON, start)));

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(CLIENTS - 3);
    }

    @Test
    void shouldGiveTheLastSeatToExactlyOneOfSixtyConcurrentHolds() throws Exception {
        var start = Slots.at(Slots.monday(), "10:00");
        var hold = Map.of("locationId", "san-juan-capistrano", "type", Slots.IN_PERSON, "start", start);

        var statuses = race(i -> post("/api/v1/holds", hold));

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(CLIENTS - 1);
        // and the held seat is not bookable by anyone else
        given().contentType(ContentType.JSON)
                .body(Slots.booking("san-juan-capistrano", Slots.IN_PERSON, start))
                .when()
                .post("/api/v1/appointments")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldLetExactlyOneOfManyConcurrentReschedulesIntoTheLastSeat() throws Exception {
        var monday = Slots.monday();
        // twenty appointments on the virtual schedule of Tuesday, each its own slot, all racing into Monday 08:00
        setCapacity("tustin", Slots.VIRTUAL, 1);
        var tuesday = monday.plusDays(1);
        var booked = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 20; i++) {
            var time = String.format("%02d:%02d", 8 + i / 2, (i % 2) * 30);
            booked.add(given().contentType(ContentType.JSON)
                    .body(Slots.booking("tustin", Slots.VIRTUAL, Slots.at(tuesday, time)))
                    .when()
                    .post("/api/v1/appointments")
                    .then()
                    .statusCode(201)
                    .extract()
                    .as(Map.class));
        }
        var target = Map.of("start", Slots.at(monday, "08:00"));

        var statuses = race(booked.size(), i -> () -> {
            var appointment = booked.get(i);
            return send(HttpRequest.newBuilder(uri("/api/v1/appointments/" + appointment.get("id") + "/reschedule"))
                    .header("Content-Type", "application/json")
                    .header("X-Manage-Token", (String) appointment.get("manageToken"))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(target)))
                    .build());
        });

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(booked.size() - 1);
        assertThat(Sql.single(
                        dataSource,
                        "select count(*) from appointments where location_id = 'tustin' and status = 'BOOKED'"
                                + " and start_at = ?::timestamptz",
                        target.get("start")))
                .isEqualTo("1");
        // the others kept their own times
        assertThat(Sql.single(
                        dataSource,
                        "select count(distinct start_at) from appointments where location_id = 'tustin'"
                                + " and status = 'BOOKED' and appointment_type_id = 'virtual-consultation'"))
                .isEqualTo("20");
    }

    private void setCapacity(String locationId, String type, int capacity) {
        var path = "/api/v1/locations/" + locationId + "/schedules/" + type;
        Map<String, Object> schedule = given().header(Tokens.asAdmin())
                .when()
                .get(path)
                .then()
                .extract()
                .as(Map.class);
        schedule.remove("locationId");
        schedule.remove("type");
        schedule.remove("timeZone");
        schedule.put("capacity", capacity);
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(schedule)
                .when()
                .put(path)
                .then()
                .statusCode(200);
    }

    private List<Integer> race(IntFunction<Callable<Integer>> request) throws Exception {
        return race(CLIENTS, request);
    }

    private List<Integer> race(int clients, IntFunction<Callable<Integer>> request) throws Exception {
        return Race.statuses(clients, request);
    }

    private Callable<Integer> post(String path, Object body) {
        return () -> send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    }

    private int send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }
}
