package clinic.consult.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Metrics;
import clinic.consult.support.OutboxRows;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Smtp;
import clinic.consult.support.Sql;
import clinic.consult.support.TestClock;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery worker under faults: SMTP down, a stalling server, an address the mailer cannot take, a message that
 * cannot be rendered, two workers racing, order, leases.
 */
@QuarkusTest
class NotificationWorkerTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    NotificationWorker worker;

    @Inject
    NotificationRepository repository;

    @Inject
    TestClock clock;

    @BeforeEach
    void onlyThisTestsMessages() {
        Seed.restoreLocations(dataSource);
        Smtp.clear();
        OutboxRows.setAsideOthers(dataSource);
    }

    @AfterEach
    void restore() {
        clock.reset();
        Smtp.clear();
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldSendEveryOtherMessageWhileOneStallsTheServer() throws Exception {
        var tarpit = Smtp.startBehindTarpit("tarpitted");
        var stalled = LeadForm.person().with("email", "tarpitted." + UUID.randomUUID() + "@example.com");
        var stalledId = stalled.submit();
        var others = new ArrayList<String>();
        for (int i = 0; i < 8; i++) {
            var form = LeadForm.person();
            form.submit();
            others.add(form.email());
        }
        var pool = Executors.newSingleThreadExecutor();
        try {
            var run = pool.submit(worker::deliverDue);

            // the eight receipts and nine new-lead emails arrive while the stalled receipt is still held
            await().atMost(Duration.ofSeconds(20)).until(() -> Smtp.received().size() == 17);
            assertThat(tarpit.holding()).as("the stalled session, still held").isEqualTo(1);
            assertThat(Sql.single(
                            dataSource,
                            "select coalesce(last_error, 'still being sent') from notifications"
                                    + " where lead_id = ?::uuid and type = 'LEAD_RECEIVED'",
                            stalledId))
                    .as("the others went while the stalled one was still waiting for the server")
                    .isEqualTo("still being sent");
            for (var email : others) {
                assertThat(Smtp.receivedBy(email)).hasSize(1);
            }
            assertThat(run.get()).isEqualTo(17);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Sql.single(
                        dataSource,
                        "select status || ' ' || attempts || ' ' || last_error from notifications"
                                + " where lead_id = ?::uuid and type = 'LEAD_RECEIVED'",
                        stalledId))
                .isEqualTo("PENDING 1 " + DeliveryError.TIMED_OUT);
    }

    @Test
    void shouldFailAStoredAddressTheMailerCannotTakeAtOnceAndSendTheRest() {
        var leadId = LeadForm.person().submit();
        var broken = UUID.randomUUID();
        // an address of the kind intake took before it refused them: the mail client stalls on it
        Seed.execute(
                dataSource,
                "INSERT INTO notifications (id, type, status, recipient, lead_id, location_id, message_id,"
                        + " next_attempt_at, created_at) SELECT '" + broken + "', 'LEAD_RECEIVED', 'PENDING',"
                        + " '\"stall0 x\"@example.com', id, location_id, '<" + broken + "@www.clinic.example>',"
                        + " now() - interval '1 minute', now() - interval '1 minute' FROM leads WHERE id = '"
                        + leadId + "'");
        var failedBefore = Metrics.value("consult_notifications_failed_total", "type", "lead_received");

        assertThat(worker.deliverDue()).isEqualTo(2);

        assertThat(Sql.single(
                        dataSource,
                        "select status || ' ' || attempts || ' ' || last_error from notifications where id = ?",
                        broken))
                .isEqualTo("FAILED 1 " + DeliveryError.UNSENDABLE_ADDRESS);
        assertThat(Metrics.value("consult_notifications_failed_total", "type", "lead_received"))
                .isEqualTo(failedBefore + 1);
    }

    @Test
    void shouldTakeAtIntakeOnlyAddressesTheMailerSendsTo() {
        Contract.responsesOnly();
        for (var refused : List.of(
                "\"stall0 x\"@example.com",
                "\"quoted\"@example.com",
                "two@@example.com",
                "no-at-sign.example.com",
                "trailing.@example.com",
                "a..b@example.com",
                "space in@example.com",
                "comma,in@example.com",
                "paren(comment)@example.com",
                "user@[127.0.0.1]",
                "user@localhost",
                "user@-example.com",
                "user@example.c0m",
                "jos\u00e9@example.com",
                "x".repeat(65) + "@example.com")) {
            given().contentType(ContentType.JSON)
                    .body(LeadForm.person().with("email", refused).body())
                    .post("/api/v1/leads")
                    .then()
                    .statusCode(400)
                    .body("errors.field", org.hamcrest.Matchers.contains("email"));
        }
        Contract.validateAll();
        var accepted = List.of(
                "o'brien." + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                "first+tag." + UUID.randomUUID().toString().substring(0, 8) + "@mail.example.co.uk",
                "UPPER." + UUID.randomUUID().toString().substring(0, 8) + "@EXAMPLE.ORG",
                "x_y-z." + UUID.randomUUID().toString().substring(0, 8) + "@xn--bcher-kva.example");
        for (var address : accepted) {
            LeadForm.person().with("email", address).submit();
        }

        worker.deliverDue();

        for (var address : accepted) {
            assertThat(Smtp.receivedBy(address)).as(address).hasSize(1);
        }
    }

    @Test
    void shouldSendOneAppointmentsMessagesInTheOrderTheyWereWritten() {
        var booked = given().contentType(ContentType.JSON)
                .body(Slots.booking("tustin", Slots.IN_PERSON, Slots.at(Slots.monday(), "09:00")))
                .post("/api/v1/appointments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        for (var time : List.of("10:00", "11:00", "13:00")) {
            given().contentType(ContentType.JSON)
                    .header("X-Manage-Token", booked.getString("manageToken"))
                    .body(Map.of("start", Slots.at(Slots.monday(), time)))
                    .post("/api/v1/appointments/{id}/reschedule", booked.getString("id"))
                    .then()
                    .statusCode(200);
        }
        var email = Sql.single(dataSource, "select email from leads where id = ?::uuid", booked.getString("leadId"));

        worker.deliverDue();

        assertThat(Smtp.receivedBy(email).stream().map(Smtp.Mail::subject).toList())
                .containsExactly(
                        "Your consultation is confirmed for " + shortWhen("09:00"),
                        "Your consultation has moved to " + shortWhen("10:00"),
                        "Your consultation has moved to " + shortWhen("11:00"),
                        "Your consultation has moved to " + shortWhen("13:00"));
    }

    @Test
    void shouldGiveACrashedWorkersMessagesToTheOthersOnceItsLeaseRunsOutAndNotBefore() {
        var leadId = LeadForm.person().submit();
        var now = Instant.now();
        var crashed = UUID.randomUUID();
        var claimed = QuarkusTransaction.requiringNew()
                .call(() -> repository.claim(now, now.plus(Duration.ofSeconds(60)), 10, crashed));
        assertThat(claimed).hasSize(2);

        clock.fixAt(now.plus(Duration.ofSeconds(59)));
        assertThat(worker.deliverDue()).as("inside the dead worker's lease").isZero();
        clock.fixAt(now.plus(Duration.ofSeconds(61)));
        assertThat(worker.deliverDue()).as("a minute after the crash").isEqualTo(2);
        assertThat(Sql.column(dataSource, "select status from notifications where lead_id = ?::uuid", leadId))
                .containsOnly("SENT");
    }

    @Test
    void shouldKeepAMessageAwayFromOthersWhileItsWorkerRenewsTheLease() {
        var leadId = LeadForm.person().submit();
        var now = Instant.now();
        var live = UUID.randomUUID();
        var claimed = QuarkusTransaction.requiringNew()
                .call(() -> repository.claim(now, now.plus(Duration.ofSeconds(60)), 10, live));

        var renewed = QuarkusTransaction.requiringNew()
                .call(() -> repository.renew(claimed, live, now.plus(Duration.ofSeconds(100))));
        assertThat(renewed).containsExactlyInAnyOrderElementsOf(claimed);
        clock.fixAt(now.plus(Duration.ofSeconds(90)));
        assertThat(worker.deliverDue())
                .as("past the first lease, inside the renewed one")
                .isZero();
        // another worker's claim cannot be renewed by a stranger's token
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> repository.renew(claimed, UUID.randomUUID(), now.plus(Duration.ofHours(1)))))
                .isEmpty();
        clock.fixAt(now.plus(Duration.ofSeconds(101)));
        assertThat(worker.deliverDue()).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> repository.renew(claimed, live, now.plus(Duration.ofHours(1)))))
                .as("the old holder learns it holds nothing any more")
                .isEmpty();
        assertThat(Sql.column(dataSource, "select status from notifications where lead_id = ?::uuid", leadId))
                .containsOnly("SENT");
    }

    private static String shortWhen(String time) {
        return java.time.format.DateTimeFormatter.ofPattern("EEE, MMM d 'at' h:mm a zzz", java.util.Locale.US)
                .format(java.time.OffsetDateTime.parse(Slots.at(Slots.monday(), time))
                        .atZoneSameInstant(Slots.LOS_ANGELES));
    }

    @Test
    void shouldKeepAnsweringWhileSmtpIsDownAndSendEachMessageOnceWhenItIsBack() {
        Smtp.stop();
        var form = LeadForm.person().with("preferredLocationId", "tustin");
        var leadId = form.submit();
        var booking = Slots.booking("tustin", Slots.VIRTUAL, Slots.at(Slots.monday(), "15:00"));
        var bookedBy = (String) ((Map<?, ?>) booking.get("lead")).get("email");
        given().contentType(ContentType.JSON)
                .body(booking)
                .post("/api/v1/appointments")
                .then()
                .statusCode(201);

        assertThat(worker.deliverDue()).isZero();
        given().header(Tokens.asStaff())
                .get("/api/v1/leads/{id}/notifications", leadId)
                .then()
                .statusCode(200)
                .body("type", containsInAnyOrder("LEAD_RECEIVED", "NEW_LEAD"))
                .body("status", equalTo(List.of("PENDING", "PENDING")))
                .body("attempts", equalTo(List.of(1, 1)))
                .body("lastError", everyItem(equalTo("SMTP server unreachable")))
                .body("recipient", containsInAnyOrder(form.email(), "frontdesk@clinic.example"));

        Smtp.start();
        assertThat(worker.deliverDue()).as("still waiting for the backoff").isZero();
        clock.fixAt(Instant.now().plus(Duration.ofMinutes(2)));
        assertThat(worker.deliverDue()).isEqualTo(4);
        clock.fixAt(Instant.now().plus(Duration.ofHours(3)));
        assertThat(worker.deliverDue()).isZero();

        assertThat(Smtp.receivedBy(form.email())).hasSize(1);
        assertThat(Smtp.receivedBy(bookedBy)).hasSize(1);
        assertThat(Smtp.receivedBy("frontdesk@clinic.example")).hasSize(2);
        assertThat(Smtp.received()).hasSize(4);
        given().header(Tokens.asStaff())
                .get("/api/v1/leads/{id}/notifications", leadId)
                .then()
                .statusCode(200)
                .body("status", equalTo(List.of("SENT", "SENT")))
                .body("attempts", equalTo(List.of(2, 2)))
                .body("sentAt", everyItem(notNullValue()))
                .body("lastError", everyItem(nullValue()));
    }

    @Test
    void shouldSendEachMessageOnceWhenTwoWorkersRace() throws Exception {
        var emails = new java.util.ArrayList<String>();
        for (int i = 0; i < 30; i++) {
            var form = LeadForm.person().with("preferredLocationId", "seal-beach");
            form.submit();
            emails.add(form.email());
        }
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> {
                start.await();
                return worker.deliverDue();
            });
            var second = pool.submit(() -> {
                start.await();
                return worker.deliverDue();
            });
            start.countDown();
            assertThat(first.get() + second.get()).isEqualTo(60);
        } finally {
            pool.shutdownNow();
        }

        var received = Smtp.received();
        assertThat(received).hasSize(60);
        assertThat(received.stream().map(Smtp.Mail::messageId).distinct()).hasSize(60);
        for (var email : emails) {
            assertThat(Smtp.receivedBy(email)).hasSize(1);
        }
        assertThat(Smtp.receivedBy("sealbeach@clinic.example")).hasSize(30);
    }

    @Test
    void shouldLeaveClaimedMessagesToOthersForTheLeaseAndGiveThemBackAtShutdown() {
        var leadId = LeadForm.person().submit();
        var now = Instant.now();
        var otherWorker = UUID.randomUUID();
        var claimed = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> repository.claim(now, now.plus(Duration.ofMinutes(1)), 10, otherWorker));
        assertThat(claimed).hasSize(2);

        assertThat(worker.deliverDue()).as("another worker's lease").isZero();

        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> repository.release(claimed, otherWorker));
        assertThat(worker.deliverDue()).isEqualTo(2);
        assertThat(Sql.column(dataSource, "select attempts from notifications where lead_id = ?::uuid", leadId))
                .containsExactly("1", "1");
    }

    @Test
    void shouldSendTheOthersWhenOneMessageCannotBeRendered() {
        var broken = UUID.randomUUID();
        var leadId = LeadForm.person().with("preferredLocationId", "tustin").submit();
        // a confirmation whose appointment is gone from its facts: its template has no time, place or sequence
        Seed.execute(
                dataSource,
                "INSERT INTO notifications (id, type, status, recipient, lead_id, message_id, next_attempt_at,"
                        + " created_at) VALUES ('" + broken + "', 'APPOINTMENT_CONFIRMED', 'PENDING',"
                        + " 'broken@example.com', '" + leadId + "', '<" + broken + "@www.clinic.example>',"
                        + " now() - interval '1 minute', now() - interval '1 minute')");

        assertThat(worker.deliverDue()).isEqualTo(2);

        assertThat(Smtp.received()).hasSize(2);
        assertThat(Smtp.receivedBy("broken@example.com")).isEmpty();
        var status = Sql.column(
                dataSource,
                "select status || ' ' || attempts || ' ' || last_error from notifications where id = ?",
                broken);
        assertThat(status).singleElement().asString().startsWith("PENDING 1 ");
    }
}
