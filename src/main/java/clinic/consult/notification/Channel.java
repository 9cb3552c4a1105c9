package clinic.consult.notification;

/** How a message travels: by email, or as a text message (SMS). */
public enum Channel {
    EMAIL,
    SMS
}
