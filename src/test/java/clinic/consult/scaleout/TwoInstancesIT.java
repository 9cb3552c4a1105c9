package clinic.consult.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.LeadForm;
import clinic.consult.support.PackagedService;
import clinic.consult.support.Receiver;
import clinic.consult.support.Slots;
import clinic.consult.support.Smtp;
import clinic.consult.support.Sql;
import clinic.consult.support.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged production service on two ports, one PostgreSQL, one SMTP server (GreenMail, in this
 * JVM), both hit at once: capacity holds, a person is one lead, every email and every reminder goes once, the
 * retention job scrubs each lead once, every webhook event reaches its receiver once. Run by failsafe in
 * {@code ./mvnw verify}, after the jar is built.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final Path JAR = PackagedService.JAR;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static EmbeddedPostgres postgres;
    private static DataSource database;
    private static final List<PackagedService> instances = new ArrayList<>();
    private static final List<String> urls = new ArrayList<>();
    private static Path logs;
    private static Receiver receiver;

    @BeforeAll
    static void startEverything() throws Exception {
        assertThat(JAR).as("the packaged service (./mvnw package)").exists();
        postgres = EmbeddedPostgres.builder().start();
        database = postgres.getPostgresDatabase();
        Smtp.start();
        receiver = Receiver.start();
        logs = Files.createTempDirectory("two-instances");
        for (int port : new int[] {18181, 18182}) {
            instances.add(PackagedService.start(
                    port,
                    postgres.getPort(),
                    Smtp.PORT,
                    logs,
                    PackagedService.settings(
                            "CONSULT_RETENTION_CRON",
                            "*/2 * * * * ?",
                            // both instances look for freed seats every second, on top of each cancellation's look
                            "CONSULT_WAITLIST_MATCH_EVERY",
                            "1s")));
        }
        for (var instance : instances) {
            urls.add(instance.awaitReady().url());
        }
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (var instance : instances) {
            instance.stop(Duration.ofSeconds(40));
        }
        Smtp.stop();
        if (receiver != null) {
            receiver.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void shouldKeepEveryGuaranteeWithTwoInstancesOnOneDatabase() throws Exception {
        // 0. the CRM subscribes to what happens to leads and appointments
        var subscribed = post(
                urls.get(0) + "/api/v1/webhooks",
                Map.of(
                        "url",
                        receiver.url(),
                        "eventTypes",
                        List.of("lead.received", "lead.status_changed", "appointment.booked")),
                null,
                Tokens.admin());
        assertThat(status(subscribed)).isEqualTo(201);

        // 1. forty people race for four seats (capacity 1 each), half through each instance
        var monday = Slots.monday();
        var starts = List.of("09:00", "10:00", "11:00", "13:00");
        var bookings = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 40; i++) {
            var body = Slots.booking("tustin", Slots.IN_PERSON, Slots.at(monday, starts.get(i % 4)));
            var url = urls.get(i % 2);
            bookings.add(() -> status(post(url + "/api/v1/appointments", body)));
        }
        var bookingStatuses = all(bookings);
        assertThat(bookingStatuses.stream().filter(s -> s == 201)).hasSize(4);
        assertThat(bookingStatuses.stream().filter(s -> s == 409)).hasSize(36);
        assertThat(Sql.column(
                        database,
                        "select count(*) from appointments where status = 'BOOKED'"
                                + " group by location_id, appointment_type_id, start_at having count(*) > 1"))
                .as("no seat taken twice")
                .isEmpty();
        assertThat(Sql.single(database, "select count(*) from appointments where status = 'BOOKED'"))
                .isEqualTo("4");

        // 2. twenty people send their request twice, once to each instance at the same moment. Ten retry with one
        // Idempotency-Key: one lead each. Ten send it twice without one: two submissions each, one of them the lead
        // and the other linked to it as a possible duplicate
        var submissions = new ArrayList<Callable<Integer>>();
        var retried = new ArrayList<LeadForm>();
        var twice = new ArrayList<LeadForm>();
        for (int i = 0; i < 20; i++) {
            var person = LeadForm.person();
            var key = i < 10 ? UUID.randomUUID().toString() : null;
            (key != null ? retried : twice).add(person);
            for (var url : urls) {
                submissions.add(() -> status(post(url + "/api/v1/leads", person.body(), key)));
            }
        }
        assertThat(all(submissions)).containsOnly(201);
        for (var person : retried) {
            assertThat(Sql.single(database, "select count(*) from leads where email = ?", person.email()))
                    .as(person.email())
                    .isEqualTo("1");
        }
        for (var person : twice) {
            assertThat(Sql.column(
                            database,
                            "select coalesce(possible_duplicate_of = (select id from leads l where l.email = ?"
                                    + " and l.possible_duplicate_of is null), false) from leads where email = ?"
                                    + " order by possible_duplicate_of nulls first",
                            person.email(),
                            person.email()))
                    .as(person.email())
                    .containsExactly("f", "t");
        }

        // 3. the booked appointments' reminders come due: both instances look every second
        Sql.column(
                database,
                "update appointments set reminder_due_at = now() - interval '1 second'"
                        + " where status = 'BOOKED' returning id");
        waitFor(
                Duration.ofSeconds(30),
                () -> Sql.single(database, "select count(*) from appointments where reminder_due_at is not null")
                        .equals("0"),
                "reminders queued");

        // 4. ten leads closed three years ago: both instances run the retention job every two seconds
        Sql.column(
                database,
                "update leads set status = 'LOST', closed_at = now() - interval '3 years'"
                        + " where id in (select id from leads where email like 'person%' order by id limit 10)"
                        + " returning id");
        waitFor(
                Duration.ofSeconds(30),
                () -> Sql.single(
                                database,
                                "select count(*) from leads where closed_at < now() - interval '2 years'"
                                        + " and erased_at is null")
                        .equals("0"),
                "retention ran");

        // 5. every email goes out, each once
        waitFor(
                Duration.ofSeconds(60),
                () -> Sql.single(database, "select count(*) from notifications where status = 'PENDING'")
                        .equals("0"),
                "outbox drained");
        var sent = Integer.parseInt(Sql.single(database, "select count(*) from notifications where status = 'SENT'"));
        var received = Smtp.received();
        assertThat(received.stream().map(Smtp.Mail::messageId).distinct()).hasSize(received.size());
        assertThat(received).hasSize(sent);
        assertThat(Sql.column(database, "select status from notifications where status not in ('SENT', 'SKIPPED')"))
                .isEmpty();
        // 4 confirmations, 4 reminders, 34 new leads (4 bookings, 30 requests), 30 receipts; what retention erased
        // before it went is SKIPPED
        assertThat(Sql.single(database, "select count(*) from notifications")).isEqualTo("72");
        assertThat(sent).isGreaterThanOrEqualTo(40);
        assertThat(Sql.column(
                        database,
                        "select count(*) from notifications where type = 'APPOINTMENT_REMINDER'"
                                + " group by appointment_id"))
                .containsExactly("1", "1", "1", "1");
        assertThat(Sql.column(
                        database, "select count(*) from audit_log where action = 'LEAD_SCRUBBED' group by lead_id"))
                .hasSize(10)
                .containsOnly("1");
        assertThat(Sql.column(database, "select count(*) from notifications group by message_id having count(*) > 1"))
                .isEmpty();

        // 6. every webhook event reaches the receiver, each once, though both instances deliver
        waitFor(
                Duration.ofSeconds(60),
                () -> Sql.single(database, "select count(*) from webhook_deliveries where status <> 'DELIVERED'")
                        .equals("0"),
                "webhooks delivered");
        var delivered = Integer.parseInt(Sql.single(database, "select count(*) from webhook_deliveries"));
        var got = receiver.requests();
        assertThat(got).hasSize(delivered);
        assertThat(got.stream().map(request -> request.header("webhook-id")).distinct())
                .hasSize(delivered);
        // 34 leads received (30 requests, 4 with their bookings), 4 appointments booked and their leads' 4 status
        // changes; the bookings that lost their race stored nothing, so told nothing
        assertThat(delivered).isEqualTo(42);
    }

    // after the first: an offer made late in the evening waits for the morning, and that test drains the outbox
    @Test
    @Order(2)
    void shouldOfferEachFreedSeatToOnePersonInLineOrder() throws Exception {
        // three consultations fill a morning at Seal Beach; ten people wait for it, joining through either instance
        var day = Slots.monday().plusWeeks(1);
        var manage = new ArrayList<Map<String, String>>();
        for (var time : List.of("09:00", "10:00", "11:00")) {
            var booked = post(
                    urls.get(0) + "/api/v1/appointments",
                    Slots.booking("seal-beach", Slots.IN_PERSON, Slots.at(day, time)));
            assertThat(status(booked)).isEqualTo(201);
            var answer = JSON.readTree(booked.body());
            manage.add(Map.of(
                    "id",
                    answer.get("id").asText(),
                    "token",
                    answer.get("manageToken").asText()));
        }
        var line = new ArrayList<String>();
        for (int i = 0; i < 10; i++) {
            var receipt =
                    post(urls.get(i % 2) + "/api/v1/leads", LeadForm.person().body());
            var joined = post(
                    urls.get(i % 2) + "/api/v1/waitlist",
                    Map.of(
                            "leadToken",
                                    JSON.readTree(receipt.body())
                                            .get("leadToken")
                                            .asText(),
                            "locationId", "seal-beach",
                            "type", Slots.IN_PERSON,
                            "from", day.toString(),
                            "to", day.toString(),
                            "times", Map.of("after", "09:00", "before", "11:30")));
            assertThat(status(joined)).isEqualTo(201);
            line.add(JSON.readTree(joined.body()).get("entry").get("id").asText());
        }

        // the three are cancelled at once, one through each instance, while both instances' matchers run
        var cancels = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < manage.size(); i++) {
            var one = manage.get(i);
            var url = urls.get(i % 2) + "/api/v1/appointments/" + one.get("id") + "/cancel";
            cancels.add(() -> status(postWithHeader(url, "X-Manage-Token", one.get("token"))));
        }
        assertThat(all(cancels)).containsOnly(200);
        waitFor(Duration.ofSeconds(20), () -> openOffers() >= 2, "offers of the freed seats");
        Thread.sleep(3_000);

        assertThat(
                        Sql.column(
                                database,
                                "select a.id from holds a join holds b on a.id < b.id"
                                        + " and a.location_id = b.location_id and a.appointment_type_id = b.appointment_type_id"
                                        + " and a.start_at < b.blocks_until and b.start_at < a.blocks_until"
                                        + " where a.released_at is null and b.released_at is null"
                                        + " and a.expires_at > now() and b.expires_at > now() and a.location_id = 'seal-beach'"))
                .as("no seat kept for two people at once")
                .isEmpty();
        var offered = Sql.column(
                database,
                "select e.id from waitlist_offers o join waitlist_entries e on e.id = o.entry_id"
                        + " where o.status = 'OPEN' order by e.place");
        assertThat(offered).as("one open offer per person").doesNotHaveDuplicates();
        assertThat(offered).as("the first in line, in order").isEqualTo(line.subList(0, offered.size()));
    }

    private static long openOffers() {
        return Long.parseLong(Sql.single(database, "select count(*) from waitlist_offers where status = 'OPEN'"));
    }

    private static HttpResponse<String> postWithHeader(String url, String header, String value) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<Integer> all(List<Callable<Integer>> calls) throws Exception {
        var pool = Executors.newFixedThreadPool(calls.size());
        var go = new CountDownLatch(1);
        try {
            var futures = new ArrayList<Future<Integer>>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            var statuses = new ArrayList<Integer>();
            for (var future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpResponse<String> post(String url, Map<String, Object> body) throws Exception {
        return post(url, body, null);
    }

    private static HttpResponse<String> post(String url, Map<String, Object> body, String idempotencyKey)
            throws Exception {
        return post(url, body, idempotencyKey, null);
    }

    private static HttpResponse<String> post(String url, Map<String, Object> body, String idempotencyKey, String bearer)
            throws Exception {
        var json = JSON.writeValueAsString(new HashMap<>(body));
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static int status(HttpResponse<String> response) {
        return response == null ? 0 : response.statusCode();
    }

    private static void waitFor(Duration limit, BooleanSupplier condition, String what) throws Exception {
        var deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for: " + what + " (instance logs in " + logs + ")");
            }
            Thread.sleep(250);
        }
    }
}
