package clinic.consult.notification;

import java.util.UUID;

/**
 * The tokens of the links an email carries, issued by the feature that later checks them: a consultation request's
 * booking link (lead), an appointment's manage link (appointment) and a waitlist entry's page (waitlist). Rendering asks for them at send time, so no
 * token is ever stored in the outbox.
 */
public final class LinkTokens {

    private LinkTokens() {}

    /** Issues the token of a lead's "book your consultation" link. */
    public interface Booking {
        String issue(UUID leadId);
    }

    /** Issues the token of an appointment's manage link, valid while the appointment is at this sequence. */
    public interface Manage {
        String tokenFor(UUID appointmentId, int sequence);
    }

    /** Issues the token of a waitlist entry's page (confirm an offer, leave the line). */
    public interface Waitlist {
        String tokenFor(UUID entryId);
    }
}
