package clinic.consult.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.time.Period;

/** Staff calendar feeds ({@code CONSULT_CALENDAR_*}). */
@ConfigMapping(prefix = "consult.calendar")
public interface CalendarConfig {

    /**
     * This service as calendar apps reach it, for the feed URLs handed out ({@code https://api.clinic.example}).
     * Required: a URL made from the request's {@code Host} would be whatever the caller wrote there.
     */
    URI baseUrl();

    /** How far back a feed shows appointments, from the start of today at the location. */
    @WithDefault("P14D")
    Period past();

    /** How far ahead a feed shows appointments, to the end of that day at the location. */
    @WithDefault("P90D")
    Period ahead();

    /** How long a feed key works; a new key, asked for with the staff member's token, replaces it. */
    @WithDefault("P180D")
    Period keyValidFor();

    /** How often a feed asks calendar apps to fetch it again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
    @WithDefault("15M")
    Duration refreshEvery();
}
