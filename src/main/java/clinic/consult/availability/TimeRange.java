package clinic.consult.availability;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opening hours within one day, wall-clock time at the location; the end is exclusive. */
@Schema(name = "OpeningInterval")
public record TimeRange(
        @NotNull
                @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm")
                @Schema(required = true, type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$", example = "09:00")
                LocalTime start,
        @NotNull
                @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm")
                @Schema(required = true, type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$", example = "17:00")
                LocalTime end) {}
