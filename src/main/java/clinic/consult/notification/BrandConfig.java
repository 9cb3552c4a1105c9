package clinic.consult.notification;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The clinic group as its messages name it. */
@ConfigMapping(prefix = "consult.brand")
public interface BrandConfig {

    /** The group's name, first in every text and in every email's sign-off (no treatment words unless chosen). */
    String name();

    /** The group's phone in E.164: said where a location's own phone is not known, and in answers to HELP. */
    Optional<String> phone();
}
