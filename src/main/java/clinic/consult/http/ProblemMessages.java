package clinic.consult.http;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a 400 about invalid input, in the language the request asked for ({@code Accept-Language}): the
 * public form answers a person who writes in Spanish in Spanish. Spanish in {@code messages/problems_es.properties};
 * Bean Validation's own messages follow the same header.
 */
@MessageBundle(value = "problems", locale = "en")
public interface ProblemMessages {

    @Message("Request has invalid fields")
    String validationTitle();

    @Message("{#if count == 1}1 field is invalid{#else}{count} fields are invalid{/if}")
    String fieldsInvalid(int count);

    @Message("is not a known property")
    String unknownProperty();

    @Message("has the wrong type")
    String wrongType();

    @Message("is invalid")
    String invalid();

    @Message("is given more than once")
    String givenTwice();

    @Message("must not contain control characters (such as NUL) or unpaired surrogates")
    String controlCharacters();

    @Message("must be one of: {values}")
    String oneOf(String values);

    @Message("must be {format} from {range}")
    String time(String format, String range);

    @Message("has the wrong format")
    String wrongFormat();
}
