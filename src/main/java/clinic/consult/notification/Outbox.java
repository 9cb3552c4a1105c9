package clinic.consult.notification;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Puts messages in the outbox, inside the caller's transaction: a change that rolls back sends nothing, one that
 * commits always sends. Plain JDBC on the transaction's connection, one statement for all the messages of a change,
 * since intake (the busiest endpoint) writes two.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);
    private static final String COLUMNS =
            "insert into notifications (id, type, status, recipient, lead_id, location_id, appointment_id,"
                    + " referral_id, sequence, starts_at, ends_at, message_id, next_attempt_at, created_at) values ";
    private static final String ROW = "(?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager entityManager;
    private final Inboxes inboxes;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final String messageIdDomain;
    private final Set<String> warnedWithoutInbox = ConcurrentHashMap.newKeySet();

    Outbox(EntityManager entityManager, Inboxes inboxes, MeterRegistry metrics, Clock clock, MailConfig config) {
        this.entityManager = entityManager;
        this.inboxes = inboxes;
        this.metrics = metrics;
        this.clock = clock;
        this.messageIdDomain = config.publicBaseUrl().getHost();
    }

    /**
     * A new lead: the receipt to the person ({@code toPerson} false when a booking confirms it anyway) and the
     * new-lead note to the location's inbox.
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Message message) {
        add(List.of(message));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        var sql = new StringBuilder(COLUMNS);
        for (int i = 0; i < messages.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW);
        }
        // the rows these messages point at may still be only in Hibernate's session
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement(sql.toString())) {
                int p = 0;
                for (var message : messages) {
                    var id = UUID.randomUUID();
                    insert.setObject(++p, id);
                    insert.setString(++p, message.type().name());
                    insert.setString(++p, message.recipient());
                    insert.setObject(++p, message.leadId());
                    insert.setString(++p, message.locationId());
                    insert.setObject(++p, message.appointmentId());
                    insert.setObject(++p, message.referralId());
                    insert.setObject(++p, message.sequence());
                    insert.setObject(
                            ++p,
                            message.startsAt() == null
                                    ? null
                                    : message.startsAt().atOffset(ZoneOffset.UTC));
                    insert.setObject(
                            ++p,
                            message.endsAt() == null ? null : message.endsAt().atOffset(ZoneOffset.UTC));
                    insert.setString(++p, "<" + id + "@" + messageIdDomain + ">");
                    insert.setObject(++p, now);
                    insert.setObject(++p, now);
                }
                insert.executeUpdate();
            }
        });
        for (var message : messages) {
            metrics.counter(
                            "consult.notifications.queued",
                            "type",
                            message.type().name().toLowerCase(Locale.ROOT))
                    .increment();
        }
    }
}
