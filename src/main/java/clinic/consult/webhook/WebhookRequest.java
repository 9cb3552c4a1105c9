package clinic.consult.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new subscription. Without {@code locationIds}, every location's events; contact details only when asked for. */
public record WebhookRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotNull @Size(min = 1, max = 11) List<@NotNull EventType> eventTypes,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> locationIds,
        @Size(max = 200) String description,
        Boolean includeContact,
        Boolean enabled) {}
