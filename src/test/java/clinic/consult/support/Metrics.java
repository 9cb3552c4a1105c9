package clinic.consult.support;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads one counter from the Prometheus endpoint, as a scraper would. */
public final class Metrics {

    // name, optional {labels}, value; the text format may leave a trailing comma after the last label
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Metrics() {}

    /**
     * The value of one series, 0 when it does not exist yet.
     *
     * @param name the Prometheus name, e.g. {@code consult_leads_received_total}
     * @param labels label names and values, alternating
     */
    public static double value(String name, String... labels) {
        var wanted = new HashMap<String, String>();
        for (int i = 0; i + 1 < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        var text = Management.request()
                .accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return text.lines()
                .map(SAMPLE::matcher)
                .filter(sample -> sample.matches() && sample.group(1).equals(name))
                .filter(sample -> labelsOf(sample.group(2)).equals(wanted))
                .mapToDouble(sample -> Double.parseDouble(sample.group(3)))
                .findFirst()
                .orElse(0);
    }

    private static Map<String, String> labelsOf(String text) {
        var labels = new HashMap<String, String>();
        if (text != null) {
            var label = LABEL.matcher(text);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels;
    }
}
