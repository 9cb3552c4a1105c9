package clinic.consult.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One outbox message with what its email or text is made of, gathered at send time ({@link MailFactsReader}).
 *
 * @param providerId a text's id at Twilio, once a status callback or an earlier attempt reported it
 * @param email the person's email, for a text that goes by email after all
 * @param currentSequence the appointment's iCalendar sequence now
 * @param infusions a series confirmation's infusions still booked; empty for other messages
 * @param waiting the waitlist entry a message is about, as it stands now; null for other messages
 */
record MailFacts(
        UUID id,
        NotificationType type,
        Channel channel,
        String recipient,
        String providerId,
        String messageId,
        UUID leadId,
        String locationId,
        UUID appointmentId,
        UUID referralId,
        Integer sequence,
        Instant startsAt,
        Instant endsAt,
        String firstName,
        String email,
        Locale locale,
        boolean leadErased,
        String appointmentStatus,
        Integer currentSequence,
        String appointmentTypeName,
        boolean virtual,
        String inviteeFirstName,
        String referrerName,
        String referralCode,
        List<MailSubjects.Infusion> infusions,
        UUID waitlistEntryId,
        MailSubjects.Waiting waiting) {

    /** Why a waitlist message is not sent now: the entry left the line, or the offer it tells of is over. */
    java.util.Optional<String> waitlistOver() {
        if (type == NotificationType.WAITLIST_JOINED && (waiting == null || !waiting.inLine())) {
            return Optional.of("no longer on the waitlist");
        }
        if (type == NotificationType.WAITLIST_OFFER
                && (waiting == null
                        || waiting.offerStart() == null
                        || !waiting.offerStart().equals(startsAt))) {
            return Optional.of("offer no longer open");
        }
        return Optional.empty();
    }

    /** The same message, with what the features it is about tell of them; nothing for a subject that is gone. */
    MailFacts about(
            Optional<MailSubjects.Person> person,
            Optional<MailSubjects.Visit> visit,
            Optional<MailSubjects.Invitation> invitation,
            List<MailSubjects.Infusion> infusions,
            Optional<MailSubjects.Waiting> waiting) {
        return new MailFacts(
                id,
                type,
                channel,
                recipient,
                providerId,
                messageId,
                leadId,
                locationId,
                appointmentId,
                referralId,
                sequence,
                startsAt,
                endsAt,
                person.map(MailSubjects.Person::firstName).orElse(null),
                person.map(MailSubjects.Person::email).orElse(null),
                person.map(MailSubjects.Person::locale).orElse(Locale.ENGLISH),
                person.map(MailSubjects.Person::erased).orElse(false),
                visit.map(MailSubjects.Visit::status).orElse(null),
                visit.map(MailSubjects.Visit::sequence).orElse(null),
                visit.map(MailSubjects.Visit::typeName)
                        .orElse(waiting.map(MailSubjects.Waiting::typeName).orElse(null)),
                visit.map(MailSubjects.Visit::virtual)
                        .orElse(waiting.map(MailSubjects.Waiting::virtual).orElse(false)),
                invitation.map(MailSubjects.Invitation::inviteeFirstName).orElse(null),
                invitation.map(MailSubjects.Invitation::referrerName).orElse(null),
                invitation.map(MailSubjects.Invitation::code).orElse(null),
                infusions,
                waitlistEntryId,
                waiting.orElse(null));
    }
}
