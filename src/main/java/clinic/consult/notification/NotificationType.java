package clinic.consult.notification;

/** The emails the service sends. Each is written to the outbox by the change that causes it. */
public enum NotificationType {
    /** To the person: their request arrived, what happens next, the routed location's contact details. */
    LEAD_RECEIVED,
    /** To the routed location's inbox: a new lead's id and a link for staff tools, no personal data. */
    NEW_LEAD,
    /** To the person, with an iCalendar invitation (METHOD:REQUEST). */
    APPOINTMENT_CONFIRMED,
    /** To the person, with the updated invitation (same UID, higher SEQUENCE). */
    APPOINTMENT_RESCHEDULED,
    /** To the person, with METHOD:CANCEL. */
    APPOINTMENT_CANCELLED,
    /** To the person, once, before the appointment; never for a cancelled one. */
    APPOINTMENT_REMINDER,
    /** To the person: every infusion of a treatment series booked, with one calendar invitation per infusion. */
    SERIES_CONFIRMED,
    /** To the person, once, a while after their series was completed: the clinic is there for a booster. */
    SERIES_FOLLOW_UP,
    /** To the person: they are in a waitlist's line, with the link to their entry's page (to leave it). */
    WAITLIST_JOINED,
    /** To the person first in line: a freed seat is kept for them until a deadline; the link confirms it. */
    WAITLIST_OFFER,
    /** To the person a referrer invited. */
    REFERRAL_INVITATION,
    /** To the clinic inbox: a webhook subscription was disabled after a run of failures (no personal data). */
    WEBHOOK_DISABLED
}
