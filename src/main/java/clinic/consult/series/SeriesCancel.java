package clinic.consult.series;

import jakarta.validation.constraints.Size;

/** Why the rest of a series is cancelled, for the lead's timeline; optional. */
public record SeriesCancel(@Size(max = 500) String reason) {}
