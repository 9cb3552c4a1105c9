package clinic.consult.notification;

import java.time.Instant;
import java.util.UUID;

/** A message to put in the outbox: its type, channel, recipient and the facts it is about. */
public record Message(
        NotificationType type,
        Channel channel,
        String recipient,
        UUID leadId,
        String locationId,
        UUID appointmentId,
        UUID referralId,
        Integer sequence,
        Instant startsAt,
        Instant endsAt,
        UUID waitlistEntryId) {

    public static Message toLead(NotificationType type, String recipient, UUID leadId, String locationId) {
        return new Message(type, Channel.EMAIL, recipient, leadId, locationId, null, null, null, null, null, null);
    }

    /** About an appointment as it stands after the change: its iCalendar sequence, start and end. */
    public static Message aboutAppointment(
            NotificationType type,
            String recipient,
            UUID leadId,
            String locationId,
            UUID appointmentId,
            int sequence,
            Instant startsAt,
            Instant endsAt) {
        return new Message(
                type,
                Channel.EMAIL,
                recipient,
                leadId,
                locationId,
                appointmentId,
                null,
                sequence,
                startsAt,
                endsAt,
                null);
    }

    public static Message invitation(String recipient, UUID referralId) {
        return new Message(
                NotificationType.REFERRAL_INVITATION,
                Channel.EMAIL,
                recipient,
                null,
                null,
                null,
                referralId,
                null,
                null,
                null,
                null);
    }

    /** About a waitlist entry: joined (no times), or offered the seat from {@code startsAt} to {@code endsAt}. */
    public static Message aboutWaitlist(
            NotificationType type, UUID leadId, String locationId, UUID entryId, Instant startsAt, Instant endsAt) {
        return new Message(type, Channel.EMAIL, null, leadId, locationId, null, null, null, startsAt, endsAt, entryId);
    }

    /** The same message, going this way to this address or number. */
    public Message to(Channel channel, String recipient) {
        return new Message(
                type,
                channel,
                recipient,
                leadId,
                locationId,
                appointmentId,
                referralId,
                sequence,
                startsAt,
                endsAt,
                waitlistEntryId);
    }
}
