package clinic.consult.notification;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One email as staff tools show it: what, to whom, and how its delivery went. */
@Schema(name = "Notification")
public record NotificationView(
        @Schema(required = true) UUID id,
        @Schema(required = true) NotificationType type,
        @Schema(required = true) NotificationStatus status,
        @Schema(nullable = true, description = "Null once the person's data is erased") String recipient,
        @Schema(nullable = true) UUID leadId,
        @Schema(nullable = true) String locationId,
        @Schema(nullable = true) UUID appointmentId,
        @Schema(required = true, description = "Attempts so far") int attempts,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true) Instant lastAttemptAt,
        @Schema(nullable = true, description = "While PENDING: the earliest next attempt") Instant nextAttemptAt,
        @Schema(nullable = true) Instant sentAt,
        @Schema(
                        nullable = true,
                        description =
                                "What went wrong last (SMTP reply code or kind of failure), or why it was skipped",
                        example = "SMTP server unreachable")
                String lastError) {

    static NotificationView of(Notification notification) {
        return new NotificationView(
                notification.id,
                notification.type,
                notification.status,
                notification.recipient,
                notification.leadId,
                notification.locationId,
                notification.appointmentId,
                notification.attempts,
                notification.createdAt,
                notification.lastAttemptAt,
                notification.status == NotificationStatus.PENDING ? notification.nextAttemptAt : null,
                notification.sentAt,
                notification.lastError);
    }
}
