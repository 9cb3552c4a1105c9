package clinic.consult.notification;

import clinic.consult.contact.PersonName;
import clinic.consult.location.LocationService;
import clinic.consult.location.LocationView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

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

        static native TemplateInstance seriesConfirmed(MailModel m);

        static native TemplateInstance seriesFollowUp(MailModel m);

        static native TemplateInstance waitlistJoined(MailModel m);

        static native TemplateInstance waitlistOffer(MailModel m);
    }

    private static final String SOMEONE = "Someone you know";
    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);
    private static final Variant TEXT = Variant.forContentType(Variant.TEXT_PLAIN);

    private final LocationService locations;
    private final LinkTokens.Booking leadTokens;
    private final LinkTokens.Manage manageLinks;
    private final LinkTokens.Waitlist waitlistLinks;
    private final MailConfig config;
    private final StaffLinks staffLinks;
    private final BrandConfig brand;
    private final MailCalendars calendars;

    MailRenderer(
            LocationService locations,
            LinkTokens.Booking leadTokens,
            LinkTokens.Manage manageLinks,
            LinkTokens.Waitlist waitlistLinks,
            MailConfig config,
            StaffLinks staffLinks,
            BrandConfig brand,
            MailCalendars calendars) {
        this.locations = locations;
        this.leadTokens = leadTokens;
        this.manageLinks = manageLinks;
        this.waitlistLinks = waitlistLinks;
        this.config = config;
        this.staffLinks = staffLinks;
        this.brand = brand;
        this.calendars = calendars;
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
        if (facts.type() == NotificationType.SERIES_CONFIRMED
                && facts.infusions().isEmpty()) {
            throw new NoLongerApplies("series no longer booked");
        }
        var over = facts.waitlistOver();
        if (over.isPresent()) {
            throw new NoLongerApplies(over.get());
        }
        var location = facts.locationId() == null ? null : location(facts.locationId());
        var place =
                location == null ? null : MailPlaces.of(location, brand.phone().orElse(null));
        var zone = location == null ? null : ZoneId.of(location.timeZone());
        var locale = localeOf(facts);
        var say = messages(locale);
        var model = new MailModel(
                quotable(
                        facts.type() == NotificationType.REFERRAL_INVITATION
                                ? facts.inviteeFirstName()
                                : facts.firstName()),
                place,
                facts.appointmentTypeName(),
                facts.virtual(),
                format(facts.startsAt(), zone, say.longWhen(), locale),
                format(facts.endsAt(), zone, say.time(), locale),
                facts.appointmentId() == null ? null : manageUrl(facts.appointmentId(), facts.sequence()),
                bookUrl(facts),
                facts.leadId() == null ? null : staffLinks.lead(facts.leadId()),
                facts.leadId() == null ? null : facts.leadId().toString(),
                facts.referrerName() == null
                        ? null
                        : Objects.requireNonNullElse(quotable(facts.referrerName()), SOMEONE),
                new MailModel.Brand(
                        brand.name(),
                        brand.logoUrl().map(URI::toString).orElse(null),
                        brand.color(),
                        config.publicBaseUrl().toString()),
                brand.signOff().orElseGet(() -> say.team(brand.name(), place == null ? "" : place.name())),
                facts.infusions().stream()
                        .map(infusion -> format(infusion.start(), zone, say.longWhen(), locale))
                        .toList(),
                facts.waiting() == null ? null : waitlist(facts, zone, say, locale));
        var when = format(facts.startsAt(), zone, say.shortWhen(), locale);
        return switch (facts.type()) {
            case LEAD_RECEIVED -> mail(facts, say.receivedSubject(), () -> Templates.leadReceived(model));
            case NEW_LEAD ->
                mail(
                        facts,
                        "New consultation request for " + place.name() + " (lead " + shortId(facts.leadId()) + ")",
                        () -> Templates.newLead(model));
            case APPOINTMENT_CONFIRMED ->
                calendars.one(
                        mail(facts, say.confirmedSubject(when), () -> Templates.appointmentConfirmed(model)),
                        facts,
                        model,
                        zone);
            case APPOINTMENT_RESCHEDULED ->
                calendars.one(
                        mail(facts, say.movedSubject(when), () -> Templates.appointmentRescheduled(model)),
                        facts,
                        model,
                        zone);
            case APPOINTMENT_CANCELLED ->
                calendars.one(
                        mail(facts, say.cancelledSubject(when), () -> Templates.appointmentCancelled(model)),
                        facts,
                        model,
                        zone);
            case SERIES_CONFIRMED ->
                calendars.series(
                        mail(
                                facts,
                                say.seriesSubject(facts.infusions().size(), place.name()),
                                () -> Templates.seriesConfirmed(model)),
                        facts,
                        model,
                        zone);
            case SERIES_FOLLOW_UP ->
                mail(facts, say.followUpSubject(place.name()), () -> Templates.seriesFollowUp(model));
            case WAITLIST_JOINED ->
                mail(facts, say.waitlistJoinedSubject(place.name()), () -> Templates.waitlistJoined(model));
            case WAITLIST_OFFER -> mail(facts, say.offerSubject(when), () -> Templates.waitlistOffer(model));
            case APPOINTMENT_REMINDER ->
                mail(facts, say.reminderSubject(when), () -> Templates.appointmentReminder(model));
            case REFERRAL_INVITATION ->
                mail(facts, "An invitation to a free consultation", () -> Templates.referralInvitation(model));
            case WEBHOOK_DISABLED ->
                mail(facts, "A webhook subscription was disabled", () -> Templates.webhookDisabled(model));
        };
    }

    private static RenderedMail mail(MailFacts facts, String subject, Supplier<TemplateInstance> template) {
        var text = template.get().setLocale(localeOf(facts)).setVariant(TEXT).render();
        var html = template.get().setLocale(localeOf(facts)).setVariant(HTML).render();
        return new RenderedMail(facts.recipient(), subject, text, html, List.of(), null);
    }

    private LocationView location(String id) {
        return locations.recent(id).orElseThrow(() -> new IllegalStateException("Location " + id + " is missing"));
    }

    String manageUrl(UUID appointmentId, Integer sequence) {
        return link(
                config.publicBaseUrl(),
                "/appointments/" + appointmentId + "?token="
                        + manageLinks.tokenFor(appointmentId, sequence == null ? 0 : sequence));
    }

    String waitlistUrl(UUID entryId) {
        return link(config.publicBaseUrl(), "/waitlist/" + entryId + "?token=" + waitlistLinks.tokenFor(entryId));
    }

    private MailModel.Waitlist waitlist(MailFacts facts, ZoneId zone, MailMessages say, Locale locale) {
        var dates = DateTimeFormatter.ofPattern(say.waitDate(), locale);
        return new MailModel.Waitlist(
                waitlistUrl(facts.waitlistEntryId()),
                dates.format(facts.waiting().from()),
                dates.format(facts.waiting().to()),
                format(facts.waiting().offerExpires(), zone, say.longWhen(), locale));
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

    private static String format(Instant instant, ZoneId zone, String pattern, Locale locale) {
        return instant == null || zone == null
                ? null
                : DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(zone));
    }

    /** The person's language; emails to staff are English. */
    private static Locale localeOf(MailFacts facts) {
        return facts.type() == NotificationType.NEW_LEAD || facts.type() == NotificationType.WEBHOOK_DISABLED
                ? Locale.ENGLISH
                : facts.locale();
    }

    /** The words of emails in this language (English for any language without its own). */
    static MailMessages messages(Locale locale) {
        return MessageBundles.get(MailMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    /** A name as an email may greet or quote it; none when it was stored before names were held to that rule. */
    private static String quotable(String name) {
        return PersonName.Validator.isQuotable(name) ? name.strip() : null;
    }

    private static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }
}
