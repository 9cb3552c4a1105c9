package clinic.consult.notification;

import java.time.Instant;
import java.util.UUID;

/** One outbox message with what its email is made of, gathered at send time ({@link MailFactsReader}). */
record MailFacts(
        UUID id,
        NotificationType type,
        String recipient,
        String messageId,
        UUID leadId,
        String locationId,
        UUID appointmentId,
        UUID referralId,
        Integer sequence,
        Instant startsAt,
        Instant endsAt,
        String firstName,
        boolean leadErased,
        String appointmentStatus,
        String appointmentTypeName,
        boolean virtual,
        String inviteeFirstName,
        String referrerName,
        String referralCode) {}
