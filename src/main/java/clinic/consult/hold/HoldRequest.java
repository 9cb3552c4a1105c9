package clinic.consult.hold;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

public record HoldRequest(
        @NotBlank @Size(max = 64) String locationId,
        @NotBlank @Size(max = 64) String type,
        @NotNull OffsetDateTime start) {}
