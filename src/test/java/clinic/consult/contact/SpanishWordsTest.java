package clinic.consult.contact;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.http.ProblemMessages;
import clinic.consult.lead.intake.IntakeMessages;
import clinic.consult.notification.MailMessages;
import clinic.consult.notification.TextMessages;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every word the service says to a person exists in Spanish: each message bundle's Spanish file has exactly the keys
 * of its interface, none blank (Qute would fall back to English for a missing one without a word).
 */
class SpanishWordsTest {

    private static final Map<String, Class<?>> BUNDLES = Map.of(
            "texts", TextMessages.class,
            "mail", MailMessages.class,
            "problems", ProblemMessages.class,
            "intake", IntakeMessages.class);

    @Test
    void shouldHaveEveryMessageInSpanish() throws IOException {
        for (var bundle : BUNDLES.entrySet()) {
            var spanish = new Properties();
            try (var file = getClass().getResourceAsStream("/messages/" + bundle.getKey() + "_es.properties")) {
                assertThat(file).as(bundle.getKey()).isNotNull();
                spanish.load(new InputStreamReader(file, StandardCharsets.UTF_8));
            }
            var keys = new TreeSet<String>();
            Arrays.stream(bundle.getValue().getDeclaredMethods())
                    .filter(method -> !method.isSynthetic())
                    .forEach(method -> keys.add(method.getName()));

            assertThat(new TreeSet<>(spanish.stringPropertyNames()))
                    .as(bundle.getKey())
                    .isEqualTo(keys);
            spanish.forEach((key, value) ->
                    assertThat(value.toString()).as(bundle.getKey() + "." + key).isNotBlank());
        }
    }
}
