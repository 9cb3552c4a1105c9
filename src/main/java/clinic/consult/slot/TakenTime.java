package clinic.consult.slot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Time something has taken at a (location, type), buffer included, told by the feature that owns it: booked
 * appointments (appointment) and live holds (hold). The slot rules subtract every implementation's claims; a feature
 * that takes time implements this, and nothing in slot reads its table.
 */
public interface TakenTime {

    /** Slots and buffers are under a day long (schedule limits), so no claim starting earlier reaches a window. */
    Duration LONGEST_CLAIM = Duration.ofDays(1);

    /**
     * Claims overlapping [from, to) at {@code now}, leaving out the ids in {@code except} (an appointment being
     * moved, a hold being consumed).
     */
    List<SlotRules.Taken> overlapping(
            String locationId, String typeId, Instant from, Instant to, Instant now, Set<UUID> except);
}
