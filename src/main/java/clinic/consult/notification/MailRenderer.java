package clinic.consult.notification;

import clinic.consult.contact.PersonName;
import clinic.consult.contact.PhoneNumber;
import clinic.consult.location.LocationService;
import clinic.consult.location.LocationView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import io.vertx.ext.mail.mailencoder.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns an outbox message into an email at send time: subject, plain text and HTML from the type-safe templates
 * under {@code templates/mail/}, and an iCalendar attachment for appointment changes. Subjects say what happened and
 * when, never why: no conditions, no message text, no names of treatments.
 */
@ApplicationScoped
class MailRenderer {

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance leadReceived(MailModel m);

        static native TemplateInstance newLead(MailModel m);

        static native TemplateInstance webhookDisabled(MailModel m);

        static native TemplateInstance appointmentConfirmed(MailModel m);

        static native TemplateInstance appointmentRescheduled(MailModel m);

        static native TemplateInstance appointmentCancelled(MailModel m);

        static native TemplateInstance appointmentReminder(MailModel m);

        static native TemplateInstance referralInvitation(MailModel m);
    }

    private static final DateTimeFormatter LONG =
            DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a zzz", Locale.US);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE, MMM d 'at' h:mm a zzz", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a zzz", Locale.US);
    private static final String SOMEONE = "Someone you know";
    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);
    private static final Variant TEXT = Variant.forContentType(Variant.TEXT_PLAIN);

    private final LocationService locations;
    private final LinkTokens.Booking leadTokens;
    private final LinkTokens.Manage manageLinks;
    private final MailConfig config;
    private final StaffLinks staffLinks;
    private final String sender;
    private final Clock clock;

    MailRenderer(
            LocationService locations,
            LinkTokens.Booking leadTokens,
            LinkTokens.Manage manageLinks,
            MailConfig config,
            StaffLinks staffLinks,
            @ConfigProperty(name = "quarkus.mailer.from") String from,
            Clock clock) {
        this.locations = locations;
        this.leadTokens = leadTokens;
        this.manageLinks = manageLinks;
        this.config = config;
        this.staffLinks = staffLinks;
        this.sender = address(from);
        this.clock = clock;
    }

    /** Why a message is not sent, when it no longer applies. */
    static final class NoLongerApplies extends Exception {
        NoLongerApplies(String reason) {
            super(reason, null, false, false);
        }
    }

    RenderedMail render(MailFacts facts) throws NoLongerApplies {
        if (facts.recipient() == null || facts.leadErased()) {
            throw new NoLongerApplies("personal data erased");
        }
        if (facts.type() == NotificationType.APPOINTMENT_REMINDER && !"BOOKED".equals(facts.appointmentStatus())) {
            throw new NoLongerApplies("appointment no longer booked");
        }
        var location = facts.locationId() == null ? null : location(facts.locationId());
        var place = location == null ? null : place(location);
        var zone = location == null ? null : ZoneId.of(location.timeZone());
        var model = new MailModel(
                quotable(
                        facts.type() == NotificationType.REFERRAL_INVITATION
                                ? facts.inviteeFirstName()
                                : facts.firstName()),
                place,
                facts.appointmentTypeName(),
                facts.virtual(),
                format(facts.startsAt(), zone, LONG),
                format(facts.endsAt(), zone, TIME),
                facts.appointmentId() == null ? null : manageUrl(facts.appointmentId(), facts.sequence()),
                bookUrl(facts),
                facts.leadId() == null ? null : staffLinks.lead(facts.leadId()),
                facts.leadId() == null ? null : facts.leadId().toString(),
                facts.referrerName() == null
                        ? null
                        : Objects.requireNonNullElse(quotable(facts.referrerName()), SOMEONE));
        var when = format(facts.startsAt(), zone, SHORT);
        return switch (facts.type()) {
            case LEAD_RECEIVED ->
                mail(facts, "We received your consultation request", () -> Templates.leadReceived(model));
            case NEW_LEAD ->
                mail(
                        facts,
                        "New consultation request for " + place.name() + " (lead " + shortId(facts.leadId()) + ")",
                        () -> Templates.newLead(model));
            case APPOINTMENT_CONFIRMED ->
                withCalendar(
                        mail(
                                facts,
                                "Your consultation is confirmed for " + when,
                                () -> Templates.appointmentConfirmed(model)),
                        facts,
                        model,
                        zone);
            case APPOINTMENT_RESCHEDULED ->
                withCalendar(
                        mail(
                                facts,
                                "Your consultation has moved to " + when,
                                () -> Templates.appointmentRescheduled(model)),
                        facts,
                        model,
                        zone);
            case APPOINTMENT_CANCELLED ->
                withCalendar(
                        mail(
                                facts,
                                "Your consultation on " + when + " is cancelled",
                                () -> Templates.appointmentCancelled(model)),
                        facts,
                        model,
                        zone);
            case APPOINTMENT_REMINDER ->
                mail(facts, "Reminder: your consultation on " + when, () -> Templates.appointmentReminder(model));
            case REFERRAL_INVITATION ->
                mail(facts, "An invitation to a free consultation", () -> Templates.referralInvitation(model));
            case WEBHOOK_DISABLED ->
                mail(facts, "A webhook subscription was disabled", () -> Templates.webhookDisabled(model));
        };
    }

    private static RenderedMail mail(MailFacts facts, String subject, Supplier<TemplateInstance> template) {
        var text = template.get().setVariant(TEXT).render();
        var html = template.get().setVariant(HTML).render();
        return new RenderedMail(facts.recipient(), subject, text, html, null, null);
    }

    private RenderedMail withCalendar(RenderedMail mail, MailFacts facts, MailModel model, ZoneId zone) {
        var place = model.place();
        var event = new InvitationCalendar.Event(
                facts.appointmentId() + "@" + config.publicBaseUrl().getHost(),
                facts.sequence(),
                facts.type() == NotificationType.APPOINTMENT_CANCELLED,
                facts.startsAt(),
                facts.endsAt(),
                zone,
                facts.appointmentTypeName() + " - " + place.name(),
                facts.virtual() ? "Video call" : String.join(", ", place.addressLines()),
                facts.type() == NotificationType.APPOINTMENT_CANCELLED
                        ? null
                        : "Reschedule or cancel: " + model.manageUrl(),
                facts.type() == NotificationType.APPOINTMENT_CANCELLED ? null : model.manageUrl(),
                place.name() + " team",
                sender,
                model.firstName() == null ? facts.recipient() : model.firstName(),
                facts.recipient());
        return new RenderedMail(
                mail.to(),
                mail.subject(),
                mail.text(),
                mail.html(),
                InvitationCalendar.of(event, clock.instant()),
                InvitationCalendar.method(event));
    }

    private LocationView location(String id) {
        return locations.recent(id).orElseThrow(() -> new IllegalStateException("Location " + id + " is missing"));
    }

    private static MailModel.Place place(LocationView location) {
        var lines = new ArrayList<String>();
        var address = location.address();
        addIfKnown(lines, address.line1());
        addIfKnown(lines, address.line2());
        var cityLine = String.join(
                        " ",
                        List.of(
                                address.city() == null ? "" : address.city() + ",",
                                address.state() == null ? "" : address.state(),
                                address.postalCode() == null ? "" : address.postalCode()))
                .replaceAll("\\s+", " ")
                .strip();
        addIfKnown(lines, cityLine.endsWith(",") ? cityLine.substring(0, cityLine.length() - 1) : cityLine);
        String mapUrl = null;
        if (address.line1() != null) {
            mapUrl = "https://www.google.com/maps/search/?api=1&query="
                    + URLEncoder.encode(String.join(", ", lines), StandardCharsets.UTF_8);
        }
        return new MailModel.Place(
                location.name(),
                List.copyOf(lines),
                location.phone() == null ? null : PhoneNumber.forDisplay(location.phone()),
                location.phone() == null ? null : "tel:" + location.phone(),
                mapUrl);
    }

    private static void addIfKnown(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line);
        }
    }

    String manageUrl(UUID appointmentId, Integer sequence) {
        return link(
                config.publicBaseUrl(),
                "/appointments/" + appointmentId + "?token="
                        + manageLinks.tokenFor(appointmentId, sequence == null ? 0 : sequence));
    }

    private String bookUrl(MailFacts facts) {
        if (facts.type() == NotificationType.REFERRAL_INVITATION) {
            return link(config.publicBaseUrl(), "/consultation?referralCode=" + facts.referralCode());
        }
        if (facts.leadId() == null) {
            return null;
        }
        return link(config.publicBaseUrl(), "/book?leadToken=" + leadTokens.issue(facts.leadId()));
    }

    private static String link(URI base, String path) {
        return stripSlash(base) + path;
    }

    static String stripSlash(URI base) {
        var text = base.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static String format(Instant instant, ZoneId zone, DateTimeFormatter format) {
        return instant == null || zone == null ? null : format.format(instant.atZone(zone));
    }

    /** A name as an email may greet or quote it; none when it was stored before names were held to that rule. */
    private static String quotable(String name) {
        return PersonName.Validator.isQuotable(name) ? name.strip() : null;
    }

    private static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }

    /** The address of "Name <address>" or of a bare address. */
    /** The address of "Name <address>", parsed as the mailer parses its own from address (Vert.x Mail). */
    private static String address(String from) {
        return new EmailAddress(from).getEmail();
    }
}
