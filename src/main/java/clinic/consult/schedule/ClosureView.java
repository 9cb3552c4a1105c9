package clinic.consult.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

public record ClosureView(
        UUID id, String locationId, LocalDateTime start, LocalDateTime end, String reason, Instant createdAt) {

    static ClosureView of(Closure closure) {
        return new ClosureView(
                closure.id, closure.locationId, closure.startsAt, closure.endsAt, closure.reason, closure.createdAt);
    }
}
