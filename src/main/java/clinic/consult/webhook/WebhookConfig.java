package clinic.consult.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How webhooks are delivered. */
@ConfigMapping(prefix = "consult.webhooks")
public interface WebhookConfig {

    /** How often each instance looks for due deliveries ("off" stops the worker on an instance). */
    @WithDefault("2s")
    String pollEvery();

    /** Deliveries one worker makes at the same time. */
    @WithDefault("8")
    int parallel();

    /**
     * Deliveries to one subscription under way at the same time, over all workers and instances: a receiver that
     * stalls holds at most this many of the workers' slots, and is then paused.
     */
    @WithDefault("1")
    int perSubscription();

    /** Attempts before a delivery is FAILED (a 4xx other than 429 fails at once: another attempt would fail alike). */
    @WithDefault("12")
    int maxAttempts();

    /** Wait after the first failed attempt; doubled after each further one, with jitter; a 429's Retry-After wins. */
    @WithDefault("30S")
    Duration retryInitial();

    @WithDefault("2H")
    Duration retryMax();

    /** Longest wait for a receiver's answer to one attempt; at most half the lease. */
    @WithDefault("10S")
    Duration timeout();

    /** How long a claimed delivery is out of other workers' reach (renewed every third of it while in hand). */
    @WithDefault("60S")
    Duration lease();

    /** Failed attempts in a row, over all of a subscription's deliveries, after which it is disabled. */
    @WithDefault("50")
    int disableAfter();

    /** How long the previous secret still signs after a rotation, beside the new one. */
    @WithDefault("24H")
    Duration rotationOverlap();

    /** How long events are kept for replay. */
    @WithDefault("30D")
    Duration keepEvents();

    /**
     * Whether receivers on loopback ({@code http://127.0.0.1:...}, {@code localhost}) are allowed: in dev and tests
     * only. Private, link-local and other internal addresses are refused always, and production takes https only.
     */
    @WithDefault("false")
    boolean allowLoopback();
}
