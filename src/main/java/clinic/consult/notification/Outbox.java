package clinic.consult.notification;

import clinic.consult.contact.PhoneNumber;
import clinic.consult.notification.text.TextConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Puts messages in the outbox, inside the caller's transaction: a change that rolls back sends nothing, one that
 * commits always sends. The rows go out with the rest of the transaction's new rows, at its commit.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    private final NotificationRepository notifications;
    private final Inboxes inboxes;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final String messageIdDomain;
    private final TextConfig texts;
    private final Set<String> warnedWithoutInbox = ConcurrentHashMap.newKeySet();

    Outbox(
            NotificationRepository notifications,
            Inboxes inboxes,
            MeterRegistry metrics,
            Clock clock,
            MailConfig config,
            TextConfig texts) {
        this.notifications = notifications;
        this.inboxes = inboxes;
        this.metrics = metrics;
        this.clock = clock;
        this.messageIdDomain = config.publicBaseUrl().getHost();
        this.texts = texts;
    }

    /**
     * A new lead's messages: the receipt to the person ({@code toPerson} false when a booking confirms it anyway) and
     * the new-lead note to the location's inbox.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leadReceived(UUID leadId, String locationId, Recipient person, boolean toPerson) {
        var inbox = inboxes.of(locationId);
        if (inbox.isEmpty() && warnedWithoutInbox.add(locationId)) {
            LOG.warnf(
                    "Location %s has no inbox and CONSULT_MAIL_CLINIC_INBOX is not set: no new-lead emails for it",
                    locationId);
        }
        var messages = new ArrayList<Message>(2);
        if (toPerson) {
            messages.add(addressed(Message.toLead(NotificationType.LEAD_RECEIVED, null, leadId, locationId), person));
        }
        inbox.ifPresent(
                address -> messages.add(Message.toLead(NotificationType.NEW_LEAD, address, leadId, locationId)));
        add(messages);
    }

    /** A note to the clinic inbox about no person (a webhook subscription disabled); none without that inbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toClinic(NotificationType type) {
        inboxes.clinic()
                .ifPresentOrElse(
                        address -> add(new Message(
                                type, Channel.EMAIL, address, null, null, null, null, null, null, null, null)),
                        () -> LOG.warnf("No clinic inbox (CONSULT_MAIL_CLINIC_INBOX): no %s email", type));
    }

    /**
     * A message to a person, by text when they chose texts and consented on their form, texts are on, the type is one
     * that goes by text and their number can take one; by email otherwise. Whether the text can still go (an opt-out
     * since, the caps, quiet hours) is decided when it is sent, and it goes by email if not.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toPerson(Message message, Recipient person) {
        add(addressed(message, person));
    }

    /** {@link #toPerson(Message, Recipient)}, sent no sooner than {@code notBefore}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toPerson(Message message, Recipient person, Instant notBefore) {
        queue(List.of(addressed(message, person)), notBefore);
    }

    private Message addressed(Message message, Recipient person) {
        var byText = person.wantsTexts()
                && texts.enabled()
                && TEXTED.contains(message.type())
                && person.phone() != null
                && PhoneNumber.isMobileCapable(person.phone());
        return byText ? message.to(Channel.SMS, person.phone()) : message.to(Channel.EMAIL, person.email());
    }

    /** What goes by text to a person who chose texts; the rest (invitations to people who never consented) by email. */
    static final Set<NotificationType> TEXTED = Set.of(
            NotificationType.LEAD_RECEIVED,
            NotificationType.APPOINTMENT_CONFIRMED,
            NotificationType.APPOINTMENT_RESCHEDULED,
            NotificationType.APPOINTMENT_CANCELLED,
            NotificationType.APPOINTMENT_REMINDER,
            NotificationType.SERIES_CONFIRMED,
            NotificationType.SERIES_FOLLOW_UP,
            NotificationType.WAITLIST_JOINED,
            NotificationType.WAITLIST_OFFER);

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Message message) {
        add(List.of(message));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(List<Message> messages) {
        queue(messages, clock.instant());
    }

    private void queue(List<Message> messages, Instant sendAt) {
        var now = clock.instant();
        for (var message : messages) {
            var notification = new Notification();
            notification.id = UUID.randomUUID();
            notification.type = message.type();
            notification.status = NotificationStatus.PENDING;
            notification.channel = message.channel();
            notification.recipient = message.recipient();
            notification.leadId = message.leadId();
            notification.locationId = message.locationId();
            notification.appointmentId = message.appointmentId();
            notification.referralId = message.referralId();
            notification.sequence = message.sequence();
            notification.startsAt = message.startsAt();
            notification.endsAt = message.endsAt();
            notification.messageId = "<" + notification.id + "@" + messageIdDomain + ">";
            notification.waitlistEntryId = message.waitlistEntryId();
            notification.nextAttemptAt = sendAt;
            notification.createdAt = now;
            notifications.persist(notification);
            metrics.counter(
                            "consult.notifications.queued",
                            "type",
                            message.type().name().toLowerCase(Locale.ROOT),
                            "channel",
                            message.channel().name().toLowerCase(Locale.ROOT))
                    .increment();
        }
    }
}
