package clinic.consult.schedule;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ClosureRepository implements PanacheRepositoryBase<Closure, UUID> {

    /** Closures of a location that overlap [from, to), local times, in order. */
    public List<Closure> overlapping(String locationId, LocalDateTime from, LocalDateTime to) {
        return list("locationId = ?1 and startsAt < ?2 and endsAt > ?3 order by startsAt", locationId, to, from);
    }

    /** Closures of a location not yet over at {@code now} (local), in order. */
    public List<Closure> endingAfter(String locationId, LocalDateTime now) {
        return list("locationId = ?1 and endsAt > ?2 order by startsAt", locationId, now);
    }
}
