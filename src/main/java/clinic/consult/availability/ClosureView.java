package clinic.consult.availability;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Closure")
public record ClosureView(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "tustin") String locationId,
        @Schema(required = true, type = SchemaType.STRING, format = "local-date-time", example = "2026-12-24T00:00")
                LocalDateTime start,
        @Schema(required = true, type = SchemaType.STRING, format = "local-date-time", example = "2026-12-26T00:00")
                LocalDateTime end,
        @Schema(nullable = true, example = "Christmas") String reason,
        @Schema(required = true) Instant createdAt) {

    static ClosureView of(Closure closure) {
        return new ClosureView(
                closure.id, closure.locationId, closure.startsAt, closure.endsAt, closure.reason, closure.createdAt);
    }
}
