package clinic.consult.notification;

import java.time.Instant;
import java.util.UUID;

/** One email as staff tools show it: what, to whom, and how its delivery went. */
public record NotificationView(
        UUID id,
        NotificationType type,
        NotificationStatus status,
        String recipient,
        UUID leadId,
        String locationId,
        UUID appointmentId,
        int attempts,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        Instant sentAt,
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
