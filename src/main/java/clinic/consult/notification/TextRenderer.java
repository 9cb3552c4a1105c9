package clinic.consult.notification;

import clinic.consult.contact.PhoneNumber;
import clinic.consult.location.LocationService;
import clinic.consult.location.LocationView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a zzz", Locale.US);
    static final String OPT_OUT = "Reply STOP to opt out.";

    private final LocationService locations;
    private final ShortLinks links;
    private final BrandConfig brand;

    TextRenderer(LocationService locations, ShortLinks links, BrandConfig brand) {
        this.locations = locations;
        this.links = links;
        this.brand = brand;
    }

    /** The body of a text; throws when the message no longer applies, as for an email. */
    String render(MailFacts text) throws MailRenderer.NoLongerApplies {
        if (text.recipient() == null || text.leadErased()) {
            throw new MailRenderer.NoLongerApplies("personal data erased");
        }
        if (text.type() == NotificationType.APPOINTMENT_REMINDER && !"BOOKED".equals(text.appointmentStatus())) {
            throw new MailRenderer.NoLongerApplies("appointment no longer booked");
        }
        var location = locations.recent(text.locationId()).orElseThrow();
        var zone = ZoneId.of(location.timeZone());
        var name = brand.name();
        return switch (text.type()) {
            case LEAD_RECEIVED ->
                name + ": we got your request for a free consultation and will call you soon. Questions? "
                        + phone(location) + ". " + OPT_OUT;
            case APPOINTMENT_CONFIRMED ->
                name + ": your consultation is confirmed for " + when(text.startsAt(), zone) + where(text, location)
                        + ". Manage: " + link(text) + " " + OPT_OUT;
            case APPOINTMENT_RESCHEDULED ->
                name + ": your consultation moved to " + when(text.startsAt(), zone) + where(text, location)
                        + ". Manage: " + link(text) + " " + OPT_OUT;
            case APPOINTMENT_CANCELLED ->
                name + ": your consultation on " + when(text.startsAt(), zone) + " is cancelled. To book again call "
                        + phone(location) + ". " + OPT_OUT;
            case APPOINTMENT_REMINDER ->
                name + ": reminder of your consultation " + when(text.startsAt(), zone) + where(text, location)
                        + ". Manage: " + link(text) + " " + OPT_OUT;
            default -> throw new IllegalStateException(text.type() + " never goes by text");
        };
    }

    private static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    private static String where(MailFacts text, LocationView location) {
        return text.virtual() ? " by video" : " in " + location.name();
    }

    private String phone(LocationView location) {
        var phone = location.phone() != null ? location.phone() : brand.phone().orElse(null);
        return phone == null ? "reply HELP" : PhoneNumber.forDisplay(phone);
    }

    private String link(MailFacts text) {
        return links.of(text.appointmentId(), text.sequence() == null ? 0 : text.sequence(), text.endsAt());
    }
}
