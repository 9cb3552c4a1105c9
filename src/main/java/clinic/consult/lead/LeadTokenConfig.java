package clinic.consult.lead;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The lead token a consultation request answers, so the same person can book without typing everything again; signed
 * with {@link clinic.consult.security.SigningKey}. */
@ConfigMapping(prefix = "consult.lead-token")
public interface LeadTokenConfig {

    /** How long a token can be used to book. */
    @WithDefault("24H")
    Duration validFor();
}
