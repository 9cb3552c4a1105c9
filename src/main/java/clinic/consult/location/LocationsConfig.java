package clinic.consult.location;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "consult.locations")
public interface LocationsConfig {

    /**
     * How old the in-memory location list used by intake may get. A change made through another instance (or
     * straight in the database) reaches this one's intake within this time; through this instance, at once.
     */
    @WithDefault("10S")
    Duration snapshotMaxAge();
}
