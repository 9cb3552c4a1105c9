package clinic.consult.notification;

import clinic.consult.location.LocationService;
import clinic.consult.notification.text.QuietHours;
import clinic.consult.notification.text.TextConfig;
import clinic.consult.notification.text.TextConsent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Whether a text may go now, checked when it is about to be sent: texts on, the number's consent not revoked since
 * the form, at most {@code per-day} texts a day and {@code per-week} a week to one number, and not in quiet hours in
 * the zone of the location it is about. A text that may not go is deferred to the end of quiet hours, or goes by
 * email (when that end is after the appointment, or for any other reason).
 */
@ApplicationScoped
class TextChecks {

    /** What becomes of a text. */
    sealed interface Decision {}

    record Send() implements Decision {}

    record Defer(Instant until) implements Decision {}

    record ByEmail(String reason) implements Decision {}

    static final String OFF = "texts are off";
    static final String OPTED_OUT = "the number takes no texts (opted out, or refused by Twilio for good)";
    static final String CAPPED = "the number had its texts for the day or the week";
    static final String QUIET = "quiet hours last past the appointment";
    static final String QUIET_NOW = "quiet hours";

    private final TextConfig config;
    private final TextConsent consent;
    private final NotificationRepository notifications;
    private final LocationService locations;
    private final Clock clock;

    TextChecks(
            TextConfig config,
            TextConsent consent,
            NotificationRepository notifications,
            LocationService locations,
            Clock clock) {
        this.config = config;
        this.consent = consent;
        this.notifications = notifications;
        this.locations = locations;
        this.clock = clock;
    }

    /** Within a transaction. */
    Decision check(MailFacts text) {
        if (!config.enabled()) {
            return new ByEmail(OFF);
        }
        if (consent.optedOut(text.recipient())) {
            return new ByEmail(OPTED_OUT);
        }
        var now = clock.instant();
        if (notifications.textsSentTo(text.recipient(), now.minus(Duration.ofDays(1))) >= config.perDay()
                || notifications.textsSentTo(text.recipient(), now.minus(Duration.ofDays(7))) >= config.perWeek()) {
            return new ByEmail(CAPPED);
        }
        var allowed = QuietHours.of(config).nextAllowed(now, zoneOf(text));
        if (allowed.equals(now)) {
            return new Send();
        }
        if (text.startsAt() != null && !allowed.isBefore(text.startsAt())) {
            return new ByEmail(QUIET);
        }
        return new Defer(allowed);
    }

    /** The attempts a text has had, as counted by the claim that took it. */
    int attemptsOf(java.util.UUID id) {
        return notifications.attemptsOf(id);
    }

    private ZoneId zoneOf(MailFacts text) {
        return text.locationId() == null
                ? CLINICS
                : locations
                        .recent(text.locationId())
                        .map(location -> ZoneId.of(location.timeZone()))
                        .orElse(CLINICS);
    }

    // every message to a person is about a location; this is the clinics' zone for one that is not
    private static final ZoneId CLINICS = ZoneId.of("America/Los_Angeles");
}
