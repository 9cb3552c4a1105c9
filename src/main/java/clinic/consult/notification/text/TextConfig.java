package clinic.consult.notification.text;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Text messages through Twilio Programmable Messaging. Texts are off until an account SID, its auth token, a sender
 * ({@code from} or {@code messagingServiceSid}) and the callback URL are set; until then every message goes by email.
 */
@ConfigMapping(prefix = "consult.texts")
public interface TextConfig {

    Optional<String> accountSid();

    Optional<String> authToken();

    /** The sending number in E.164, when no messaging service is set. */
    Optional<String> from();

    /** A Twilio messaging service, which picks the sender; wins over {@code from}. */
    Optional<String> messagingServiceSid();

    /** Twilio's API; a test points it at a server of its own. */
    @WithDefault("https://api.twilio.com")
    URI apiBaseUrl();

    /**
     * This service as Twilio reaches it (behind a proxy, the public URL): the status callbacks go to
     * {@code /api/v1/texts/twilio/status} under it, and the signatures of Twilio's requests are checked against it.
     */
    Optional<URI> publicUrl();

    /** Longest wait for Twilio to take one message. */
    @WithDefault("10S")
    Duration timeout();

    /** Texts one number gets in a day, and in seven days; the rest go by email. */
    @WithDefault("1")
    int perDay();

    @WithDefault("3")
    int perWeek();

    /** No text before this time, in the zone of the location the message is about. */
    @WithDefault("08:00")
    LocalTime quietUntil();

    /** No text from this time on. */
    @WithDefault("21:00")
    LocalTime quietFrom();

    default boolean enabled() {
        return accountSid().isPresent()
                && authToken().isPresent()
                && publicUrl().isPresent()
                && (from().isPresent() || messagingServiceSid().isPresent());
    }
}
