package clinic.consult.notification;

import java.util.List;

/** The statuses Twilio reports of a text, in the order a text passes through them. */
final class TextStatus {

    private static final List<String> ORDER =
            List.of("accepted", "scheduled", "queued", "sending", "sent", "delivered", "undelivered", "failed");

    private TextStatus() {}

    /** How far along a status is; unknown statuses (and none) before all the others. */
    static int rank(String status) {
        return status == null ? -1 : ORDER.indexOf(status);
    }

    /** Whether Twilio took the text (it may still fail to reach the phone). */
    static boolean accepted(String status) {
        return rank(status) >= 0 && !"failed".equals(status);
    }

    /** Whether the text will never reach the phone: Twilio gave up on it. */
    static boolean undeliverable(String status) {
        return "undelivered".equals(status) || "failed".equals(status);
    }

    /** The status as reported when it is one Twilio documents, else {@code other}: for logs and metrics. */
    static String known(String status) {
        var lower = status == null ? null : status.toLowerCase(java.util.Locale.ROOT);
        return rank(lower) >= 0 ? lower : "other";
    }
}
