package clinic.consult.notification;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
    private final Set<String> warnedWithoutInbox = ConcurrentHashMap.newKeySet();

    Outbox(
            NotificationRepository notifications,
            Inboxes inboxes,
            MeterRegistry metrics,
            Clock clock,
            MailConfig config) {
        this.notifications = notifications;
        this.inboxes = inboxes;
        this.metrics = metrics;
        this.clock = clock;
        this.messageIdDomain = config.publicBaseUrl().getHost();
    }

    /**
     * A new lead's messages: the receipt to the person ({@code toPerson} false when a booking confirms it anyway) and
     * the new-lead note to the location's inbox.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leadReceived(UUID leadId, String locationId, String email, boolean toPerson) {
        var inbox = inboxes.of(locationId);
        if (inbox.isEmpty() && warnedWithoutInbox.add(locationId)) {
            LOG.warnf(
                    "Location %s has no inbox and CONSULT_MAIL_CLINIC_INBOX is not set: no new-lead emails for it",
                    locationId);
        }
        var messages = new ArrayList<Message>(2);
        if (toPerson) {
            messages.add(Message.toLead(NotificationType.LEAD_RECEIVED, email, leadId, locationId));
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
                        address -> add(new Message(type, address, null, null, null, null, null, null, null)),
                        () -> LOG.warnf("No clinic inbox (CONSULT_MAIL_CLINIC_INBOX): no %s email", type));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Message message) {
        add(List.of(message));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(List<Message> messages) {
        var now = clock.instant();
        for (var message : messages) {
            var notification = new Notification();
            notification.id = UUID.randomUUID();
            notification.type = message.type();
            notification.status = NotificationStatus.PENDING;
            notification.recipient = message.recipient();
            notification.leadId = message.leadId();
            notification.locationId = message.locationId();
            notification.appointmentId = message.appointmentId();
            notification.referralId = message.referralId();
            notification.sequence = message.sequence();
            notification.startsAt = message.startsAt();
            notification.endsAt = message.endsAt();
            notification.messageId = "<" + notification.id + "@" + messageIdDomain + ">";
            notification.nextAttemptAt = now;
            notification.createdAt = now;
            notifications.persist(notification);
            metrics.counter(
                            "consult.notifications.queued",
                            "type",
                            message.type().name().toLowerCase(Locale.ROOT))
                    .increment();
        }
    }
}
