package clinic.consult.notification;

import io.vertx.ext.mail.mailencoder.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The iCalendar invitations an email about appointments carries, from the clinic's sending address. */
@ApplicationScoped
class MailCalendars {

    private final MailConfig config;
    private final String sender;
    private final Clock clock;

    MailCalendars(MailConfig config, @ConfigProperty(name = "quarkus.mailer.from") String from, Clock clock) {
        this.config = config;
        this.sender = address(from);
        this.clock = clock;
    }

    /** The appointment's own invitation: a new one, a moved one (same UID, higher SEQUENCE) or its cancellation. */
    RenderedMail one(RenderedMail mail, MailFacts facts, MailModel model, ZoneId zone) {
        var place = model.place();
        var say = MailRenderer.messages(facts.locale());
        var event = new InvitationCalendar.Event(
                facts.appointmentId() + "@" + config.publicBaseUrl().getHost(),
                facts.sequence(),
                facts.type() == NotificationType.APPOINTMENT_CANCELLED,
                facts.startsAt(),
                facts.endsAt(),
                zone,
                say.appointmentName(facts.appointmentTypeName(), facts.virtual()) + " - " + place.name(),
                facts.virtual() ? say.calendarVideo() : String.join(", ", place.addressLines()),
                facts.type() == NotificationType.APPOINTMENT_CANCELLED ? null : say.calendarManage(model.manageUrl()),
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
                List.of(InvitationCalendar.of(event, clock.instant())),
                InvitationCalendar.method(event));
    }

    /** One invitation per infusion, each its own event; staff change them, so none carries a manage link. */
    RenderedMail series(RenderedMail mail, MailFacts facts, MailModel model, ZoneId zone) {
        var place = model.place();
        var say = MailRenderer.messages(facts.locale());
        var calendars = facts.infusions().stream()
                .map(infusion -> InvitationCalendar.of(
                        new InvitationCalendar.Event(
                                infusion.appointmentId() + "@"
                                        + config.publicBaseUrl().getHost(),
                                infusion.sequence(),
                                false,
                                infusion.start(),
                                infusion.end(),
                                zone,
                                say.seriesEvent(place.name()),
                                String.join(", ", place.addressLines()),
                                null,
                                null,
                                place.name() + " team",
                                sender,
                                model.firstName() == null ? facts.recipient() : model.firstName(),
                                facts.recipient()),
                        clock.instant()))
                .toList();
        return new RenderedMail(mail.to(), mail.subject(), mail.text(), mail.html(), calendars, "REQUEST");
    }

    /** The address of "Name <address>", parsed as the mailer parses its own from address (Vert.x Mail). */
    private static String address(String from) {
        return new EmailAddress(from).getEmail();
    }
}
