package clinic.consult.waitlist;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "consult.waitlist")
public interface WaitlistConfig {

    /** How long the person offered a freed seat has to confirm it; the seat is kept for them meanwhile. */
    @WithDefault("30M")
    Duration offerFor();

    /**
     * How often every instance looks for freed seats to offer and offers that lapsed ("off" in tests, which run it).
     * A cancellation through an instance also looks at once, after it commits.
     */
    @WithDefault("15s")
    String matchEvery();

    /** Offers a person may let pass unanswered before they leave the line (each passed seat is not offered again). */
    @WithDefault("2")
    int missedOffers();

    /** Lines one person may be in at once. */
    @WithDefault("3")
    int entriesPerLead();

    /** The most days one entry's dates may span. */
    @WithDefault("60")
    int maxDays();
}
