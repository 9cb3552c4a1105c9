package clinic.consult.scaleout;

import static clinic.consult.support.PackagedService.awaitUntil;
import static clinic.consult.support.PackagedService.settings;
import static clinic.consult.support.PackagedService.status;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.LeadForm;
import clinic.consult.support.PackagedService;
import clinic.consult.support.RestartablePostgres;
import clinic.consult.support.Smtp;
import clinic.consult.support.SmtpTarpit;
import clinic.consult.support.Sql;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service under faults, each on its own instance with a real PostgreSQL that the test stops and starts,
 * and a real SMTP server behind a proxy that can slow, hold or tarpit it: the database restarted under load and
 * between a send and its record, SIGTERM with a backlog, kill -9 while emails are on their way, SMTP down and a
 * tarpitted recipient. Each counts what was acknowledged, found, lost and duplicated; the table goes to
 * {@code target/reliability.md} (docs/RELIABILITY.md quotes a run).
 */
class FaultsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Short lease and time-outs, so that what waits for them waits seconds, not minutes. */
    private static final Map<String, String> QUICK = settings(
            "CONSULT_MAIL_DELIVERY_LEASE", "10S",
            "CONSULT_MAIL_DELIVERY_SEND_TIMEOUT", "4S",
            "CONSULT_MAIL_DELIVERY_RETRY_INITIAL", "1S",
            "CONSULT_MAIL_DELIVERY_RETRY_MAX", "4S",
            "CONSULT_SHUTDOWN_TIMEOUT", "5S");

    private static RestartablePostgres database;
    private static SmtpTarpit smtp;
    private static Path logs;
    private static final List<String> report = Collections.synchronizedList(new ArrayList<>());
    private final List<PackagedService> instances = new ArrayList<>();
    private static int nextPort = 18300;

    @BeforeAll
    static void startDatabaseAndMail() throws Exception {
        assertThat(PackagedService.JAR)
                .as("the packaged service (./mvnw package)")
                .exists();
        database = RestartablePostgres.start();
        smtp = Smtp.startBehindTarpit("tarpitted");
        logs = Files.createTempDirectory("faults");
        report.add("| fault | acknowledged | found | lost | emails sent | emails received twice | notes |");
        report.add("|---|---|---|---|---|---|---|");
    }

    @AfterEach
    void stopInstances() {
        for (var instance : instances) {
            if (instance.isAlive()) {
                instance.kill();
            }
        }
        database.up();
        smtp.releaseReplies();
        smtp.delayReplies(Duration.ZERO);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        Smtp.stop();
        database.close();
        Files.writeString(Path.of("target", "reliability.md"), String.join("\n", report) + "\n");
        System.out.println(String.join("\n", report));
    }

    @Test
    void shouldLoseNoAcknowledgedRequestWhenTheDatabaseRestartsUnderLoad() throws Exception {
        var service = start();
        var tag = "dbrestart";
        var acknowledged = new ConcurrentHashMap<String, String>();
        var statuses = new ConcurrentHashMap<Integer, Integer>();
        var running = new AtomicBoolean(true);
        var clients = Executors.newFixedThreadPool(4);
        try {
            for (int c = 0; c < 4; c++) {
                clients.submit(() -> {
                    while (running.get()) {
                        var form = LeadForm.person().with("email", tag + "-" + UUID.randomUUID() + "@example.com");
                        var id = submitUntilAcknowledged(service, form, statuses);
                        if (id != null) {
                            acknowledged.put(id, form.email());
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(3_000);
            database.down();
            Thread.sleep(3_000);
            database.up();
            Thread.sleep(5_000);
        } finally {
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        }

        assertThat(statuses.keySet()).as("answers seen: %s", statuses).isSubsetOf(201, 503);
        assertThat(statuses.getOrDefault(503, 0)).as("the outage was felt").isPositive();
        var found = Sql.column(database.dataSource(), "select id from leads where email like ?", tag + "-%");
        assertThat(found).containsAll(acknowledged.keySet());
        var perPerson = Sql.column(
                database.dataSource(),
                "select count(*) from leads where email like ? group by email having count(*) > 1",
                tag + "-%");
        assertThat(perPerson)
                .as("a retry with its Idempotency-Key never made a second lead")
                .isEmpty();
        var emails = drainedAndReceivedOnce(tag);
        record(
                "database restarted (3 s down) under load, 4 clients",
                acknowledged.size(),
                found.size(),
                acknowledged.size()
                        - (int) acknowledged.keySet().stream()
                                .filter(found::contains)
                                .count(),
                emails,
                statuses.getOrDefault(503, 0) + " answers 503 with Retry-After, retried with the same key");
        assertNoErrorsLogged(service);
    }

    @Test
    void shouldRecordAnEmailSentWhileTheDatabaseWasDownAndNotSendItAgain() throws Exception {
        var service = start();
        var tag = "between";
        smtp.holdReplies();
        var ids = submit(service, tag, 4);
        // the server has taken emails; the mailer is still waiting for its answer
        awaitUntil(Duration.ofSeconds(20), () -> smtp.repliesHeld() >= 3, "emails taken by the server");
        int taken = smtp.repliesHeld();
        database.down();
        smtp.releaseReplies();
        Thread.sleep(3_000);
        database.up();

        var emails = drainedAndReceivedOnce(tag);
        assertThat(service.log()).contains("outcome recorded at attempt");
        record(
                "database down between the server taking emails and their record",
                ids.size(),
                ids.size(),
                0,
                emails,
                taken + " emails taken by the server while the database went down; each recorded SENT once it was"
                        + " back");
        assertNoErrorsLogged(service);
    }

    @Test
    void shouldHandBackClaimedEmailsAtSigtermAndLeaveNoLease() throws Exception {
        var service = start();
        var tag = "sigterm";
        smtp.delayReplies(Duration.ofMillis(300));
        var ids = submit(service, tag, 15);
        awaitUntil(Duration.ofSeconds(20), () -> sent(tag) >= 3, "the backlog being worked on");

        service.stop(Duration.ofSeconds(30));

        var stillLeased = Sql.column(
                database.dataSource(),
                "select n.id from notifications n join leads l on l.id = n.lead_id where l.email like ?"
                        + " and n.status = 'PENDING' and n.claim_token is not null",
                tag + "-%");
        assertThat(stillLeased).as("claimed emails left on a lease").isEmpty();
        var log = service.log();
        assertThat(log).contains("Notification worker stopped: nothing left in its hands");
        assertThat(log).doesNotContain("EntityManagerFactory is closed");
        assertNoErrorsLogged(service);
        int sentBefore = sent(tag);
        int pendingAtExit = pending(tag);

        smtp.delayReplies(Duration.ZERO);
        var next = start();
        var emails = drainedAndReceivedOnce(tag);
        record(
                "SIGTERM with a backlog (slow server)",
                ids.size(),
                ids.size(),
                0,
                emails,
                sentBefore + " sent before the stop, " + pendingAtExit
                        + " left unclaimed or handed back, sent by the next" + " instance at once");
        assertNoErrorsLogged(next);
    }

    @Test
    void shouldGiveAKilledInstancesEmailsToAnotherWithinTheLease() throws Exception {
        var service = start();
        var tag = "killed";
        smtp.holdReplies();
        var ids = submit(service, tag, 4);
        awaitUntil(Duration.ofSeconds(20), () -> smtp.repliesHeld() >= 2, "emails on their way");
        service.kill();
        var takenByServer = messageIdsReceived(tag);
        smtp.releaseReplies();

        var other = start();
        var emails = drainedAndReceived(tag, Duration.ofSeconds(60));
        // only what the server had taken when the process died can come twice, and then with the same Message-ID
        assertThat(emails.twice()).isSubsetOf(takenByServer);
        record(
                "kill -9 while emails are on their way",
                ids.size(),
                ids.size(),
                0,
                emails,
                takenByServer.size() + " taken by the server but unrecorded at the kill (may come twice, same"
                        + " Message-ID); the rest sent by another instance after the 10 s lease");
        assertNoErrorsLogged(other);
    }

    @Test
    void shouldSendEverythingOnceAfterAnSmtpOutageWhileATarpittedRecipientWaitsAlone() throws Exception {
        var service = start();
        var tag = "outage";
        Smtp.stop();
        var ids = submit(service, tag, 5);
        var tarpitted = LeadForm.person().with("email", "tarpitted-" + UUID.randomUUID() + "@example.com");
        var stuck = submitUntilAcknowledged(service, tarpitted, new HashMap<>());
        Thread.sleep(5_000);
        smtp = Smtp.startBehindTarpit("tarpitted");

        var emails = drainedAndReceived(tag, Duration.ofSeconds(60));
        assertThat(emails.twice()).isEmpty();
        var stuckStatus = Sql.single(
                database.dataSource(),
                "select status || ' ' || coalesce(last_error, '') from notifications where lead_id = ?::uuid"
                        + " and type = 'LEAD_RECEIVED'",
                UUID.fromString(stuck));
        assertThat(stuckStatus).startsWith("PENDING");
        record(
                "SMTP down 5 s, then one recipient tarpitted",
                ids.size() + 1,
                ids.size() + 1,
                0,
                emails,
                "the tarpitted receipt waits alone (" + stuckStatus.strip() + "); everything else went once");
        assertNoErrorsLogged(service);
    }

    @Test
    void shouldFinishRequestsInFlightAndAnswerNewOnesWithAProblemWhileShuttingDown() throws Exception {
        var service = start();
        var pool = Executors.newFixedThreadPool(2);
        try (var blocker = database.dataSource().getConnection()) {
            blocker.setAutoCommit(false);
            try (var lock = blocker.createStatement()) {
                lock.execute("LOCK TABLE leads IN SHARE MODE");
            }
            var form = LeadForm.person().with("email", "draining-" + UUID.randomUUID() + "@example.com");
            var inFlight = pool.submit(() -> PackagedService.post(
                    service.url() + "/api/v1/leads", JSON.writeValueAsString(form.body()), Map.of()));
            awaitUntil(
                    Duration.ofSeconds(10),
                    () -> !Sql.column(
                                    database.dataSource(),
                                    "select pid from pg_stat_activity where wait_event_type = 'Lock'"
                                            + " and query ilike '%insert into leads%'")
                            .isEmpty(),
                    "a request in flight");
            var stopped = pool.submit(() -> service.stop(Duration.ofSeconds(30)));

            awaitUntil(
                    Duration.ofSeconds(10),
                    () -> status(PackagedService.get(service.url() + "/api/v1/locations")) == 503,
                    "new requests refused");
            var refused = PackagedService.get(service.url() + "/api/v1/locations");
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.headers().firstValue("X-Request-Id")).isPresent();
            assertThat(JSON.readTree(refused.body()).get("type").asText())
                    .isEqualTo("urn:clinic:consult:problem:service-unavailable");
            assertThat(status(PackagedService.get(service.managementUrl() + "/q/health/ready")))
                    .as("readiness while draining")
                    .isEqualTo(503);

            blocker.rollback();
            assertThat(status(inFlight.get(20, java.util.concurrent.TimeUnit.SECONDS)))
                    .as("the request in flight finished")
                    .isEqualTo(201);
            stopped.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(Sql.column(database.dataSource(), "select id from leads where email = ?", form.email()))
                    .hasSize(1);
            record(
                    "SIGTERM with a request in flight",
                    1,
                    1,
                    0,
                    new Emails(0, Set.of()),
                    "the request in flight answered 201; new ones a 503 problem with Retry-After; readiness DOWN");
        } finally {
            pool.shutdownNow();
        }
        assertNoErrorsLogged(service);
    }

    // ---------------------------------------------------------------------------------------------------------

    private PackagedService start() {
        var service = PackagedService.start(nextPort++, database.port(), Smtp.PORT, logs, QUICK)
                .awaitReady();
        instances.add(service);
        return service;
    }

    private List<String> submit(PackagedService service, String tag, int count) {
        var ids = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var form = LeadForm.person().with("email", tag + "-" + UUID.randomUUID() + "@example.com");
            ids.add(submitUntilAcknowledged(service, form, new HashMap<>()));
        }
        return ids;
    }

    /** Posts a form as the app does on a flaky network: the same Idempotency-Key until an answer says 201. */
    private static String submitUntilAcknowledged(
            PackagedService service, LeadForm form, Map<Integer, Integer> statuses) {
        var key = UUID.randomUUID().toString();
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var answer = PackagedService.post(
                        service.url() + "/api/v1/leads",
                        JSON.writeValueAsString(form.body()),
                        Map.of("Idempotency-Key", key));
                statuses.merge(status(answer), 1, Integer::sum);
                if (status(answer) == 201) {
                    return JSON.readTree(answer.body()).get("id").asText();
                }
                Thread.sleep(250);
            } catch (Exception e) {
                return null;
            }
        }
        return null;
    }

    /** Emails of a scenario once nothing of it is pending any more; asserts each arrived once. */
    private Emails drainedAndReceivedOnce(String tag) {
        var emails = drainedAndReceived(tag, Duration.ofSeconds(60));
        assertThat(emails.twice()).as("emails received twice").isEmpty();
        return emails;
    }

    private Emails drainedAndReceived(String tag, Duration limit) {
        try {
            awaitUntil(limit, () -> pending(tag, "and l.email not like 'tarpitted-%'") == 0, tag + " emails sent");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; still pending (attempts, claimed, last error): "
                    + Sql.column(
                            database.dataSource(),
                            "select n.attempts || ', ' || (n.claim_token is not null) || ', ' ||"
                                    + " coalesce(n.last_error, '-') from notifications n join leads l"
                                    + " on l.id = n.lead_id where l.email like ? and n.status = 'PENDING'"
                                    + " and l.email not like 'tarpitted-%' order by n.seq limit 10",
                            tag + "-%")
                    + "; instance logs in " + logs);
        }
        var sent = Sql.column(
                database.dataSource(),
                "select n.message_id from notifications n join leads l on l.id = n.lead_id where l.email like ?"
                        + " and n.status = 'SENT'",
                tag + "-%");
        var failed = Sql.column(
                database.dataSource(),
                "select n.id from notifications n join leads l on l.id = n.lead_id where l.email like ?"
                        + " and n.status = 'FAILED'",
                tag + "-%");
        assertThat(failed).as("FAILED emails").isEmpty();
        var received = receivedMessageIds();
        var twice = received.entrySet().stream()
                .filter(entry -> sent.contains(entry.getKey()) && entry.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        for (var messageId : sent) {
            assertThat(received).as("received " + messageId).containsKey(messageId);
        }
        return new Emails(sent.size(), twice);
    }

    private record Emails(int sent, Set<String> twice) {}

    private Set<String> messageIdsReceived(String tag) {
        var ours = Set.copyOf(Sql.column(
                database.dataSource(),
                "select n.message_id from notifications n join leads l on l.id = n.lead_id where l.email like ?",
                tag + "-%"));
        return receivedMessageIds().keySet().stream().filter(ours::contains).collect(Collectors.toSet());
    }

    private static Map<String, Integer> receivedMessageIds() {
        var counts = new HashMap<String, Integer>();
        for (var message : Smtp.raw()) {
            try {
                counts.merge(message.getMessageID(), 1, Integer::sum);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    private int sent(String tag) {
        return count(tag, "SENT", "");
    }

    private int pending(String tag) {
        return pending(tag, "");
    }

    private int pending(String tag, String more) {
        return count(tag, "PENDING", more);
    }

    private int count(String tag, String status, String more) {
        try {
            return Integer.parseInt(Sql.single(
                    database.dataSource(),
                    "select count(*) from notifications n join leads l on l.id = n.lead_id where l.email like ?"
                            + " and n.status = ? " + more,
                    tag + "-%",
                    status));
        } catch (IllegalStateException e) {
            // the database is down for a moment: not yet
            return -1;
        }
    }

    private static void assertNoErrorsLogged(PackagedService service) {
        var errors = service.log()
                .lines()
                .filter(line -> line.contains("\"level\":\"ERROR\"") || line.contains(" ERROR "))
                .toList();
        assertThat(errors).as("ERROR lines in the instance's log").isEmpty();
    }

    private static void record(String fault, int acknowledged, int found, int lost, Emails emails, String notes) {
        report.add("| %s | %d | %d | %d | %d | %d | %s |"
                .formatted(
                        fault,
                        acknowledged,
                        found,
                        lost,
                        emails.sent(),
                        emails.twice().size(),
                        notes));
    }
}
