package clinic.consult.availability;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A closure in the location's wall-clock time: a whole day is midnight to the next midnight. */
public record ClosureRequest(
        @NotNull
                @Schema(
                        required = true,
                        type = SchemaType.STRING,
                        format = "local-date-time",
                        description = "Local time at the location, no offset",
                        example = "2026-12-24T00:00")
                LocalDateTime start,
        @NotNull
                @Schema(
                        required = true,
                        type = SchemaType.STRING,
                        format = "local-date-time",
                        description = "Local time at the location, exclusive",
                        example = "2026-12-26T00:00")
                LocalDateTime end,
        @Size(max = 200) @Schema(nullable = true, example = "Christmas") String reason) {}
