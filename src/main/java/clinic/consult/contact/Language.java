package clinic.consult.contact;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Locale;

/** The languages the clinic writes to patients in, by their BCP 47 tag. */
public enum Language {
    @JsonProperty("en")
    EN("en"),
    @JsonProperty("es")
    ES("es");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of this tag. */
    public static Language of(String tag) {
        return Arrays.stream(values())
                .filter(language -> language.tag.equals(tag))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not one of en, es"));
    }

    /**
     * The first of ours an {@code Accept-Language} header asks for, by its weights ({@code es-MX;q=0.9} is Spanish);
     * English when it names none of ours, is missing or does not parse.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return EN;
        }
        try {
            for (var range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() == 0) {
                    continue;
                }
                var primary = range.getRange().split("-", 2)[0];
                for (var language : values()) {
                    if (language.tag.equals(primary)) {
                        return language;
                    }
                }
            }
        } catch (IllegalArgumentException unreadable) {
            return EN;
        }
        return EN;
    }

    /** Stored as its tag. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<Language, String> {

        @Override
        public String convertToDatabaseColumn(Language language) {
            return language == null ? null : language.tag;
        }

        @Override
        public Language convertToEntityAttribute(String tag) {
            return tag == null ? null : of(tag);
        }
    }
}
