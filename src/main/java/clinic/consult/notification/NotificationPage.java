package clinic.consult.notification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationPage")
public record NotificationPage(
        @Schema(required = true) List<NotificationView> items,
        @Schema(required = true, description = "0-based") int page,
        @Schema(required = true) int size,
        @Schema(required = true, description = "Messages matching, over all pages") long total) {}
