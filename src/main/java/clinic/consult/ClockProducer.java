package clinic.consult;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of "now": domain code takes a {@link Clock} so that tests can fix time, and caches take a
 * {@link Ticker} (elapsed time, never stepped back by NTP) that tests can move with their clock.
 */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    Ticker ticker() {
        return Ticker.systemTicker();
    }
}
