package clinic.consult.series;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * An infusion's new start. The series must keep its plan (its span, the spacing); {@code overrideReason} lets staff
 * move it outside the span, and goes on the lead's timeline.
 */
public record InfusionMove(@NotNull OffsetDateTime start, @Size(max = 500) String overrideReason) {}
