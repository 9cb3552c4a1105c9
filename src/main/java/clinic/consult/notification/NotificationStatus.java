package clinic.consult.notification;

public enum NotificationStatus {
    /** Waiting to be sent, for the first time or again after a failed attempt. */
    PENDING,
    SENT,
    /** Every attempt failed; an admin may send it again. */
    FAILED,
    /** No longer applies: the appointment was cancelled before its reminder, or the person's data was erased. */
    SKIPPED
}
