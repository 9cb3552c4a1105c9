package clinic.consult.notification.text;

/**
 * How many SMS segments a body takes: GSM-7 when every character is in its basic set or extension (160 characters
 * alone, 153 per part), UCS-2 otherwise (70 alone, 67 per part, counted in UTF-16 units).
 */
public final class Segments {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    private Segments() {}

    public static boolean isGsm7(String body) {
        return body.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
    }

    public static int of(String body) {
        if (isGsm7(body)) {
            int septets =
                    body.chars().map(c -> EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        int units = body.length();
        return units <= 70 ? 1 : (units + 66) / 67;
    }
}
