package clinic.consult.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * Request bodies are read strictly: a key given twice ({@code consent.contact} twice, last one winning) and anything
 * after the JSON document are refused, and every string is checked and normalised before any code sees it. A string
 * with a control character (NUL above all: PostgreSQL cannot store it) or half of a surrogate pair is refused naming
 * its field; every other string is stored in Unicode normal form C, so that one name typed on two keyboards is one
 * name.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("strict-text")
                .addDeserializer(String.class, new TextDeserializer())
                .setDeserializerModifier(new BoundedTimes()));
    }

    /** Dates and times outside {@link TimeBounds} are refused as they are read, naming their field. */
    static final class BoundedTimes extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            var type = description.getBeanClass();
            if (type == Instant.class
                    || type == OffsetDateTime.class
                    || type == LocalDateTime.class
                    || type == LocalDate.class) {
                return new BoundedTime(deserializer, type);
            }
            return deserializer;
        }
    }

    static final class BoundedTime extends DelegatingDeserializer {

        private final Class<?> type;

        BoundedTime(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            var value = _delegatee.deserialize(parser, context);
            if (value != null && !TimeBounds.contains(value)) {
                throw InvalidFormatException.from(parser, "outside " + TimeBounds.RANGE, parser.getText(), type);
            }
            return value;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BoundedTime(delegate, type);
        }
    }

    /** Whether a text holds a character no field of this API accepts; tab, line feed and carriage return pass. */
    public static boolean hasForbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // numbers and booleans where text is expected keep Jackson's own handling
            var text = parser.hasToken(JsonToken.VALUE_STRING)
                    ? parser.getText()
                    : StringDeserializer.instance.deserialize(parser, context);
            if (text == null) {
                return null;
            }
            if (hasForbiddenCharacter(text)) {
                throw context.weirdStringException(
                        "(withheld)", String.class, "contains a control character or an unpaired surrogate");
            }
            return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                    ? text
                    : Normalizer.normalize(text, Normalizer.Form.NFC);
        }
    }
}
