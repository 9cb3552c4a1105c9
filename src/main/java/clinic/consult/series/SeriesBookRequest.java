package clinic.consult.series;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A series to book, as a search listed it: every infusion's start. {@code overrideReason} lets staff book a series
 * outside the plan's span (shorter or longer); it is kept with the series.
 */
public record SeriesBookRequest(
        @NotNull UUID leadId,
        @NotBlank @Size(max = 64) String locationId,
        @NotBlank @Size(max = 64) String planId,
        @NotNull @Size(min = 1, max = 12) List<@NotNull OffsetDateTime> starts,
        @Size(max = 500) String overrideReason) {}
