package clinic.consult.webhook;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Receiver;
import clinic.consult.support.Seed;
import clinic.consult.support.TestClock;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the webhook tests share: one receiver for the class (up, answering 204, nothing received at each test's
 * start), the worker to run, the clock, and only the test's own subscriptions and events.
 */
abstract class WebhookTest extends ApiTest {

    static Receiver receiver;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WebhookWorker worker;

    @Inject
    TestClock clock;

    @BeforeAll
    static void startReceiver() {
        receiver = Receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void onlyThisTestsSubscriptions() {
        Seed.execute(dataSource, "DELETE FROM webhook_subscriptions");
        Seed.execute(dataSource, "DELETE FROM webhook_events");
        receiver.up();
        receiver.answerAll(204);
        receiver.clear();
    }

    @AfterEach
    void restore() {
        clock.reset();
        Seed.execute(dataSource, "DELETE FROM webhook_subscriptions");
    }
}
