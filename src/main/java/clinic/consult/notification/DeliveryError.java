package clinic.consult.notification;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * What went wrong with an attempt, fit to be stored and shown: an SMTP reply code or the kind of failure. Never an
 * exception's message as such: SMTP servers quote the recipient's address in theirs.
 */
final class DeliveryError {

    private static final Pattern SMTP_REPLY = Pattern.compile("\\b([45]\\d\\d)[ -]([245]\\.\\d{1,3}\\.\\d{1,3})?");

    private DeliveryError() {}

    static final String TIMED_OUT = "SMTP server did not answer in time";
    static final String UNSENDABLE_ADDRESS = "the recipient's address cannot be sent to";

    /**
     * Whether another attempt would fail the same way: the mail client refused the message before talking to any
     * server (its own validation), or the server answered with a permanent (5xx) reply. Connection failures, time-outs
     * and transient (4xx) replies are worth another attempt.
     */
    static boolean isPermanent(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException) {
                return true;
            }
            var message = cause.getMessage();
            if (message != null) {
                var reply = SMTP_REPLY.matcher(message);
                if (reply.find()) {
                    return reply.group(1).startsWith("5");
                }
            }
        }
        return false;
    }

    static String describe(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "SMTP server unreachable";
            }
            if (cause instanceof UnknownHostException) {
                return "SMTP host unknown";
            }
            if (cause instanceof TimeoutException || cause instanceof io.smallrye.mutiny.TimeoutException) {
                return TIMED_OUT;
            }
            if (cause instanceof io.quarkus.qute.TemplateException) {
                return "template failed: " + cause.getClass().getSimpleName();
            }
            var message = cause.getMessage();
            if (message != null) {
                var reply = SMTP_REPLY.matcher(message);
                if (reply.find()) {
                    return "SMTP reply " + reply.group(1) + (reply.group(2) == null ? "" : " " + reply.group(2));
                }
            }
        }
        var root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root == failure
                ? failure.getClass().getName()
                : failure.getClass().getName() + " caused by " + root.getClass().getName();
    }
}
