package clinic.consult.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "consult.pages")
public interface PagesConfig {

    /** Serve the patient's pages (/book/, /manage/) and the embed script; false for a clinic that builds its own. */
    @WithDefault("true")
    boolean enabled();
}
