package clinic.consult.notification;

import java.util.List;

/**
 * An email ready for SMTP.
 *
 * @param calendars iCalendar attachments, one per appointment the message is about; none for most messages
 * @param calendarMethod their METHOD (REQUEST or CANCEL), null without any
 */
record RenderedMail(
        String to, String subject, String text, String html, List<byte[]> calendars, String calendarMethod) {}
