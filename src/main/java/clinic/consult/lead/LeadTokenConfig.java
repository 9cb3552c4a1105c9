package clinic.consult.lead;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The lead token a consultation request answers, so the same person can book without typing everything again. */
@ConfigMapping(prefix = "consult.lead-token")
public interface LeadTokenConfig {

    /**
     * HMAC key, at least 32 characters, the same on every instance. Without it each instance makes up its own at
     * start: tokens then work only on the instance that issued them, until it restarts.
     */
    Optional<String> secret();

    /** How long a token can be used to book. */
    @WithDefault("24H")
    Duration validFor();
}
