package clinic.consult.webhook;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** Every event of [from, to) that the subscription wants, delivered again in the order they happened. */
public record ReplayRequest(@NotNull OffsetDateTime from, @NotNull OffsetDateTime to) {}
