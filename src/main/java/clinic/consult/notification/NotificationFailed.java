package clinic.consult.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired inside the transaction that marks an email FAILED (after its last attempt, or at once when another attempt
 * would fail alike): what it was about and why, in words that quote no address.
 */
public record NotificationFailed(
        UUID notificationId,
        NotificationType type,
        UUID leadId,
        String locationId,
        UUID appointmentId,
        UUID referralId,
        String error,
        Instant at) {}
