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

    /**
     * The text in GSM-7 where it can be: a character outside it is replaced by its letter without the accent (Spanish
     * "sáb" becomes "sab"), a space of any kind by a plain one. A single other character would make the whole text
     * UCS-2, 70 characters a segment instead of 160.
     */
    public static String toGsm7(String body) {
        var folded = new StringBuilder(body.length());
        for (var c : body.toCharArray()) {
            if (BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0) {
                folded.append(c);
            } else if (Character.isSpaceChar(c)) {
                folded.append(' ');
            } else {
                var base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD)
                        .charAt(0);
                folded.append(BASIC.indexOf(base) >= 0 ? base : c);
            }
        }
        return folded.toString();
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
