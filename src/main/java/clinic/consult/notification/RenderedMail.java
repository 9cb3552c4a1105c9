package clinic.consult.notification;

/**
 * An email ready for SMTP.
 *
 * @param calendar an iCalendar attachment, null when the message has none
 * @param calendarMethod its METHOD (REQUEST or CANCEL), null without one
 */
record RenderedMail(String to, String subject, String text, String html, byte[] calendar, String calendarMethod) {}
