package clinic.consult.audit;

/** What a staff member, an admin or the system did with a lead. */
public enum AuditAction {
    /** Opened the lead's details. */
    LEAD_VIEWED,
    /** Saw the lead in a search result (name, email, phone). */
    LEAD_LISTED,
    LEAD_STATUS_CHANGED,
    LEAD_REASSIGNED,
    LEAD_NOTE_ADDED,
    /** Erased on request by an admin. */
    LEAD_ERASED,
    /** Personal data removed by the retention job. */
    LEAD_SCRUBBED,
    /** Asked for a lead outside the locations the token allows, or for no lead at all (answered 404 alike). */
    LEAD_ACCESS_DENIED,
    /** Merged a person's submission into their lead (on both), with the fields taken over. */
    LEAD_MERGED,
    /** Unlinked a submission from the lead it was a possible duplicate of. */
    LEAD_SPLIT,
    REFERRAL_VIEWED,
    /** Booked a consultation for the lead. */
    APPOINTMENT_BOOKED,
    /** Saw the lead's appointment in a location's day list, or in a calendar feed (the detail names it). */
    APPOINTMENT_LISTED,
    APPOINTMENT_VIEWED,
    /** Rescheduled, cancelled, or marked completed or no-show. */
    APPOINTMENT_CHANGED,
    /** Saw the lead's emails (recipient, status) on the lead or in the failed-deliveries list. */
    NOTIFICATIONS_VIEWED,
    /** Sent a FAILED email of the lead again. */
    NOTIFICATION_RETRIED,
    /** Recorded the person's opt-out from texts, given by phone or email. */
    TEXTS_OPTED_OUT,
    /** Created, changed or deleted a webhook subscription; the detail says whether it receives contact details. */
    WEBHOOK_SUBSCRIPTION_CHANGED,
    /** Sent the lead's contact details to a webhook subscription that opted in (the subject names it). */
    WEBHOOK_CONTACT_SENT,
    /** Made a calendar-feed key (replacing any they had); the detail names the feed. */
    CALENDAR_FEED_CREATED,
    /** Revoked a calendar-feed key, their own or, as an admin, anyone's. */
    CALENDAR_FEED_REVOKED,
    /**
     * A calendar app fetched a location's feed with the subject's key (from the app's address); each lead it showed
     * gets an APPOINTMENT_LISTED entry naming the feed.
     */
    CALENDAR_FEED_READ
}
