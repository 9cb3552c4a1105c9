package clinic.consult.notification;

import java.time.Instant;
import java.util.Optional;
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
        String referralCode) {

    /** The same message, with what the features it is about tell of them; nothing for a subject that is gone. */
    MailFacts about(
            Optional<MailSubjects.Person> person,
            Optional<MailSubjects.Visit> visit,
            Optional<MailSubjects.Invitation> invitation) {
        return new MailFacts(
                id,
                type,
                recipient,
                messageId,
                leadId,
                locationId,
                appointmentId,
                referralId,
                sequence,
                startsAt,
                endsAt,
                person.map(MailSubjects.Person::firstName).orElse(null),
                person.map(MailSubjects.Person::erased).orElse(false),
                visit.map(MailSubjects.Visit::status).orElse(null),
                visit.map(MailSubjects.Visit::typeName).orElse(null),
                visit.map(MailSubjects.Visit::virtual).orElse(false),
                invitation.map(MailSubjects.Invitation::inviteeFirstName).orElse(null),
                invitation.map(MailSubjects.Invitation::referrerName).orElse(null),
                invitation.map(MailSubjects.Invitation::code).orElse(null));
    }
}
