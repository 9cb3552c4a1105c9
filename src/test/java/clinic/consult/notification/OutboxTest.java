package clinic.consult.notification;

import clinic.consult.support.ApiTest;
import clinic.consult.support.OutboxRows;
import clinic.consult.support.Seed;
import clinic.consult.support.Smtp;
import clinic.consult.support.TestClock;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the tests of sent emails share: the worker to run, the clock, and an outbox and an SMTP server with only the
 * test's own messages (other tests' rows set aside, the locations' inboxes as seeded).
 */
abstract class OutboxTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    NotificationWorker worker;

    @Inject
    TestClock clock;

    @BeforeEach
    void onlyThisTestsMessages() {
        // inboxes depend on the locations' stored addresses, which other tests change
        Seed.restoreLocations(dataSource);
        Smtp.start();
        Smtp.clear();
        OutboxRows.setAsideOthers(dataSource);
    }

    @AfterEach
    void restoreClockAndSmtp() {
        clock.reset();
        Smtp.start();
    }
}
