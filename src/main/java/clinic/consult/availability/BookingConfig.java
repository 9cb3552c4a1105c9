package clinic.consult.availability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "consult.booking")
public interface BookingConfig {

    /** How long a hold keeps its seat. */
    @WithDefault("10M")
    Duration holdFor();
}
