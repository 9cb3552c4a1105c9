package clinic.consult.notification;

import clinic.consult.contact.PhoneNumber;
import clinic.consult.location.LocationService;
import clinic.consult.location.LocationView;
import clinic.consult.notification.text.Segments;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a text: the clinic's name first, what happened and when, a short link where there is something to manage,
 * and how to opt out. Never a condition, a message, a name or a treatment word; kept to one GSM-7 segment where the
 * facts allow.
 */
@ApplicationScoped
class TextRenderer {

    private final LocationService locations;
    private final ShortLinks links;
    private final BrandConfig brand;

    TextRenderer(LocationService locations, ShortLinks links, BrandConfig brand) {
        this.locations = locations;
        this.links = links;
        this.brand = brand;
    }

    /** The words of texts in this language (English for any language without its own). */
    static TextMessages messages(Locale locale) {
        return MessageBundles.get(TextMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    /** The body of a text, in its person's language; throws when the message no longer applies, as for an email. */
    String render(MailFacts text) throws MailRenderer.NoLongerApplies {
        if (text.recipient() == null || text.leadErased()) {
            throw new MailRenderer.NoLongerApplies("personal data erased");
        }
        if (text.type() == NotificationType.APPOINTMENT_REMINDER && !"BOOKED".equals(text.appointmentStatus())) {
            throw new MailRenderer.NoLongerApplies("appointment no longer booked");
        }
        if (text.type() == NotificationType.SERIES_CONFIRMED && text.infusions().isEmpty()) {
            throw new MailRenderer.NoLongerApplies("series no longer booked");
        }
        var over = text.waitlistOver();
        if (over.isPresent()) {
            throw new MailRenderer.NoLongerApplies(over.get());
        }
        var location = locations.recent(text.locationId()).orElseThrow();
        var zone = ZoneId.of(location.timeZone());
        var say = messages(text.locale());
        var name = brand.name();
        var when = text.startsAt() == null
                ? null
                : DateTimeFormatter.ofPattern(say.when(), text.locale())
                        .format(text.startsAt().atZone(zone));
        var where = text.virtual() ? say.byVideo() : say.inPerson(location.name());
        var body =
                switch (text.type()) {
                    case LEAD_RECEIVED -> say.leadReceived(name, phone(location, say));
                    case APPOINTMENT_CONFIRMED -> say.confirmed(name, when, where, link(text));
                    case APPOINTMENT_RESCHEDULED -> say.rescheduled(name, when, where, link(text));
                    case APPOINTMENT_CANCELLED -> say.cancelled(name, when, phone(location, say));
                    case APPOINTMENT_REMINDER -> say.reminder(name, when, where, link(text));
                    case SERIES_FOLLOW_UP -> say.followUp(name, phone(location, say));
                    case WAITLIST_JOINED -> say.waitlistJoined(name, waitlistLink(text, null));
                    case WAITLIST_OFFER ->
                        say.waitlistOffer(
                                name,
                                when,
                                where,
                                DateTimeFormatter.ofPattern(say.deadline(), text.locale())
                                        .format(text.waiting().offerExpires().atZone(zone)),
                                waitlistLink(text, text.waiting().offerExpires()));
                    case SERIES_CONFIRMED ->
                        say.seriesConfirmed(
                                name,
                                text.infusions().size(),
                                where,
                                text.infusions().stream()
                                        .map(infusion -> DateTimeFormatter.ofPattern(say.when(), text.locale())
                                                .format(infusion.start().atZone(zone)))
                                        .collect(java.util.stream.Collectors.joining("; ")),
                                phone(location, say));
                    default -> throw new IllegalStateException(text.type() + " never goes by text");
                };
        return Segments.toGsm7(body + " " + say.optOut());
    }

    private String phone(LocationView location, TextMessages say) {
        var phone = location.phone() != null ? location.phone() : brand.phone().orElse(null);
        return phone == null ? say.replyHelp() : PhoneNumber.forDisplay(phone);
    }

    /** A joined message's link lives as long as the entry's dates; an offer's, until the offer ends. */
    private String waitlistLink(MailFacts text, java.time.Instant until) {
        var zone = ZoneId.of(locations.recent(text.locationId()).orElseThrow().timeZone());
        var expires = until != null
                ? until
                : text.waiting().to().plusDays(1).atStartOfDay(zone).toInstant();
        return links.ofWaitlist(text.waitlistEntryId(), expires);
    }

    private String link(MailFacts text) {
        return links.of(text.appointmentId(), text.sequence() == null ? 0 : text.sequence(), text.endsAt());
    }
}
