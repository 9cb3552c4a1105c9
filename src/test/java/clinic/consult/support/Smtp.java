package clinic.consult.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server in the test JVM (GreenMail) on the port the test profile gives the mailer. One per JVM, started
 * on first use; a test may stop it to play an outage and start it again.
 */
public final class Smtp {

    public static final int PORT = 3025;
    private static final int BEHIND_TARPIT = 3026;
    private static GreenMail server;
    private static SmtpTarpit tarpit;

    private Smtp() {}

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (tarpit != null) {
            tarpit.close();
            tarpit = null;
        }
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /**
     * A new, empty server behind a tarpit on the mailer's port: sessions to a recipient whose address contains
     * {@code marker} are held unanswered until the mailer gives up; the rest go through.
     */
    public static synchronized SmtpTarpit startBehindTarpit(String marker) {
        stop();
        server = new GreenMail(new ServerSetup(BEHIND_TARPIT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        tarpit = SmtpTarpit.between(PORT, BEHIND_TARPIT, marker);
        return tarpit;
    }

    /** Forgets every message received so far: a new, empty server on the same port. */
    public static synchronized void clear() {
        stop();
        start();
    }

    /** Every message the server took, as the server stored it, without taking it apart. */
    public static synchronized List<MimeMessage> raw() {
        start();
        return List.of(server.getReceivedMessages());
    }

    public static synchronized List<Mail> received() {
        start();
        return Arrays.stream(server.getReceivedMessages()).map(Mail::of).toList();
    }

    public static List<Mail> receivedBy(String address) {
        return received().stream()
                .filter(mail -> mail.to().equalsIgnoreCase(address))
                .toList();
    }

    /** One received email, taken apart; {@code calendar} is its last invitation, {@code calendars} all of them. */
    public record Mail(
            String to,
            String from,
            String subject,
            String messageId,
            String replyTo,
            String text,
            String html,
            String calendar,
            String calendarContentType,
            List<String> calendars) {

        static Mail of(MimeMessage message) {
            try {
                var parts = new Parts();
                parts.collect(message);
                return new Mail(
                        message.getRecipients(Message.RecipientType.TO)[0].toString(),
                        message.getFrom()[0].toString(),
                        message.getSubject(),
                        message.getMessageID(),
                        message.getReplyTo() == null ? null : message.getReplyTo()[0].toString(),
                        parts.text,
                        parts.html,
                        parts.calendar,
                        parts.calendarType,
                        List.copyOf(parts.calendars));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Subject, text, HTML and calendar together, for looking for what must never be in an email. */
        public String everything() {
            return String.join("\n", subject, String.valueOf(text), String.valueOf(html), String.valueOf(calendar));
        }
    }

    private static final class Parts {
        String text;
        String html;
        String calendar;
        String calendarType;
        final List<String> calendars = new ArrayList<>();

        void collect(jakarta.mail.Part part) throws MessagingException, IOException {
            var content = part.getContent();
            if (content instanceof Multipart multipart) {
                var bodies = new ArrayList<BodyPart>();
                for (int i = 0; i < multipart.getCount(); i++) {
                    bodies.add(multipart.getBodyPart(i));
                }
                for (var body : bodies) {
                    collect(body);
                }
            } else if (part.isMimeType("text/calendar") || hasName(part, ".ics")) {
                calendar = read(content);
                calendarType = part.getContentType();
                calendars.add(calendar);
            } else if (part.isMimeType("text/plain") && text == null) {
                text = read(content);
            } else if (part.isMimeType("text/html") && html == null) {
                html = read(content);
            }
        }

        private static boolean hasName(jakarta.mail.Part part, String suffix) throws MessagingException {
            return part.getFileName() != null && part.getFileName().endsWith(suffix);
        }

        private static String read(Object content) throws IOException {
            if (content instanceof String string) {
                return string;
            }
            if (content instanceof InputStream stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
            throw new IOException("Unexpected part content " + content.getClass());
        }
    }
}
