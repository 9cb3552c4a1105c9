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
    /** Asked for a lead outside the locations the token allows (answered 404). */
    LEAD_ACCESS_DENIED,
    REFERRAL_VIEWED,
    /** Booked a consultation for the lead. */
    APPOINTMENT_BOOKED,
    /** Saw the lead's appointment in a location's day list. */
    APPOINTMENT_LISTED,
    APPOINTMENT_VIEWED,
    /** Rescheduled, cancelled, or marked completed or no-show. */
    APPOINTMENT_CHANGED,
    /** Saw the lead's emails (recipient, status) on the lead or in the failed-deliveries list. */
    NOTIFICATIONS_VIEWED,
    /** Sent a FAILED email of the lead again. */
    NOTIFICATION_RETRIED
}
