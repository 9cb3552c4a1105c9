package clinic.consult.notification.text;

/**
 * Twilio answered with an error. {@link #permanent()} when sending again would get the same answer (a number that
 * opted out, is invalid or cannot take texts); otherwise the text may be tried again later.
 */
public final class TextRefused extends RuntimeException {

    /** The recipient replied STOP to this sender: Twilio will not deliver to them. */
    public static final int OPTED_OUT = 21610;

    private final int status;
    private final Integer code;

    public TextRefused(int status, Integer code) {
        super("Twilio answered " + status + (code == null ? "" : " with error " + code), null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public Integer code() {
        return code;
    }

    /** 4xx other than 429 are the request's fault and repeat themselves; 429 and 5xx pass. */
    public boolean permanent() {
        return status >= 400 && status < 500 && status != 429;
    }

    /**
     * Whether no text will ever reach this number: the person opted out with the sender (21610), or the number is not
     * one (21211) or cannot take texts (21614, 21635). The number's next messages go by email without asking Twilio.
     */
    public boolean closesTheNumber() {
        return code != null && (code == OPTED_OUT || code == 21211 || code == 21614 || code == 21635);
    }
}
