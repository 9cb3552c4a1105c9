package clinic.consult.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One email or text as staff tools show it: what, how, to whom, and how its delivery went (for a text, also what
 * Twilio last reported).
 */
public record NotificationView(
        UUID id,
        NotificationType type,
        Channel channel,
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
        String lastError,
        String providerStatus,
        Integer segments) {

    static NotificationView of(Notification notification) {
        return new NotificationView(
                notification.id,
                notification.type,
                notification.channel,
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
                notification.lastError,
                notification.providerStatus,
                notification.segments);
    }
}
