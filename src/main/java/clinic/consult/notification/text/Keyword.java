package clinic.consult.notification.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The one-word replies carriers and the TCPA give a meaning to, whatever their case. */
public enum Keyword {
    STOP,
    START,
    HELP;

    // Twilio's own words, and their Spanish for the people written to in Spanish (revocation by any reasonable means)
    private static final Set<String> STOPS = Set.of(
            "STOP",
            "STOPALL",
            "UNSUBSCRIBE",
            "CANCEL",
            "END",
            "QUIT",
            "REVOKE",
            "OPTOUT",
            "PARAR",
            "ALTO",
            "BAJA",
            "CANCELAR");
    private static final Set<String> STARTS = Set.of("START", "YES", "UNSTOP", "COMENZAR", "SI", "SÍ");
    private static final Set<String> HELPS = Set.of("HELP", "INFO", "AYUDA");

    /** The keyword a whole message is, if it is one (surrounding spaces and a final full stop allowed). */
    public static Optional<Keyword> of(String body) {
        if (body == null) {
            return Optional.empty();
        }
        var word = body.strip().toUpperCase(Locale.ROOT);
        if (word.endsWith(".") || word.endsWith("!")) {
            word = word.substring(0, word.length() - 1);
        }
        if (STOPS.contains(word)) {
            return Optional.of(STOP);
        }
        if (STARTS.contains(word)) {
            return Optional.of(START);
        }
        return HELPS.contains(word) ? Optional.of(HELP) : Optional.empty();
    }
}
