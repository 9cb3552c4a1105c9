package clinic.consult.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The clinic group as its messages name it. */
@ConfigMapping(prefix = "consult.brand")
public interface BrandConfig {

    /** The group's name, first in every text and in every email's sign-off (no treatment words unless chosen). */
    String name();

    /** The group's phone in E.164: said where a location's own phone is not known, and in answers to HELP. */
    Optional<String> phone();

    /** An image (https, about 40 pixels high) for the emails' header; without it the header is the name. */
    Optional<java.net.URI> logoUrl();

    /** The emails' accent colour (a line under the header, links, the appointment's box), as #rrggbb. */
    @WithDefault("#3e7bfa")
    @WithConverter(HexColor.class)
    String color();

    /** The emails' sign-off, in place of "The (group) team in (location)"; one language for everyone. */
    Optional<String> signOff();
}
