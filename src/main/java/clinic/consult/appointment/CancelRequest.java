package clinic.consult.appointment;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CancelRequest(@Size(max = 500) @Schema(nullable = true, example = "Found another time") String reason) {}
