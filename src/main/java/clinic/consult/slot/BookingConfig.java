package clinic.consult.slot;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "consult.booking")
public interface BookingConfig {

    /** How long a hold keeps its seat. */
    @WithDefault("10M")
    Duration holdFor();

    /** Live holds one client (an address, or an IPv6 /64) may keep at once, all locations and days together. */
    @WithDefault("3")
    int holdsPerClient();

    /** Live holds one client may keep at once at one location on one local day. */
    @WithDefault("2")
    int holdsPerClientAndDay();

    /** How long a computed slot list may be served again (per instance); 0 computes every request afresh. */
    @WithDefault("1S")
    Duration slotsCacheMaxAge();

    /** How old the soonest-slot figures used to route consultation requests may get, per instance. */
    @WithDefault("5S")
    Duration routingSnapshotMaxAge();
}
