package clinic.consult.schedule;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** A closure in the location's wall-clock time: a whole day is midnight to the next midnight. */
public record ClosureRequest(
        @NotNull LocalDateTime start, @NotNull LocalDateTime end, @Size(max = 200) String reason) {}
