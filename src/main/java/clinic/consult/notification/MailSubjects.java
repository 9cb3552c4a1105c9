package clinic.consult.notification;

import java.util.Optional;
import java.util.UUID;

/**
 * What an email says of the things it is about, told by the features that own them at send time: the person of a
 * consultation request (lead), an appointment and its type (appointment), a referral (referral). The outbox stores
 * ids only, so an erasure or a cancellation between the write and the send is what the email sees.
 */
public final class MailSubjects {

    private MailSubjects() {}

    /**
     * The person of a lead, as a message greets them, and their email for a text that has to go by email after all;
     * both are gone once the lead is erased.
     */
    /** A lead's person: the messages to them are in their language ({@code locale}). */
    public record Person(String firstName, String email, java.util.Locale locale, boolean erased) {}

    /** An appointment as a message describes it, with its iCalendar sequence (a link in a text dies when it moves). */
    public record Visit(String status, String typeName, boolean virtual, int sequence) {}

    /** One infusion of a series as its confirmation lists it, with its own calendar invitation. */
    public record Infusion(UUID appointmentId, int sequence, java.time.Instant start, java.time.Instant end) {}

    /** A referral as its invitation quotes it. */
    public record Invitation(String inviteeFirstName, String referrerName, String code) {}

    public interface Leads {
        Optional<Person> person(UUID leadId);

        /** The language of the newest lead with this number, for answering what the number texts. */
        Optional<java.util.Locale> languageOfNumber(String phone);
    }

    public interface Appointments {
        Optional<Visit> visit(UUID appointmentId);

        /** The booked infusions of the series the appointment belongs to, in order; none for a consultation. */
        java.util.List<Infusion> seriesWith(UUID appointmentId);
    }

    public interface Referrals {
        Optional<Invitation> invitation(UUID referralId);
    }

    /**
     * A waitlist entry as its messages tell it: still in line or not, its dates, and its open offer if any (the seat's
     * times and the deadline to confirm it).
     */
    public record Waiting(
            boolean inLine,
            java.time.LocalDate from,
            java.time.LocalDate to,
            String typeName,
            boolean virtual,
            java.time.Instant offerStart,
            java.time.Instant offerExpires) {}

    public interface Waitlist {
        Optional<Waiting> waiting(UUID entryId);
    }
}
