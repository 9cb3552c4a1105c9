package clinic.consult.slot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What every feature that takes time (appointments, holds) has taken, asked of each through {@link TakenTime}. */
@ApplicationScoped
class TakenTimes {

    private final Instance<TakenTime> owners;

    TakenTimes(@Any Instance<TakenTime> owners) {
        this.owners = owners;
    }

    /** Time taken in [from, to) at a location for a type, less the appointments and holds in {@code except}. */
    List<SlotRules.Taken> overlapping(
            String locationId, String typeId, Instant from, Instant to, Instant now, Set<UUID> except) {
        var taken = new ArrayList<SlotRules.Taken>();
        for (var owner : owners) {
            taken.addAll(owner.overlapping(locationId, typeId, from, to, now, except));
        }
        return taken;
    }
}
