package clinic.consult.notification;

import clinic.consult.db.Sql;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Puts messages in the outbox, inside the caller's transaction: a change that rolls back sends nothing, one that
 * commits always sends. Plain SQL on the transaction's connection, one statement for all the messages of a change;
 * intake (the busiest endpoint) gets its two as a part of the statement that stores the lead.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);
    private static final String COLUMNS =
            "insert into notifications (id, type, status, recipient, lead_id, location_id, appointment_id,"
                    + " referral_id, sequence, starts_at, ends_at, message_id, next_attempt_at, created_at) values ";
    private static final String ROW = "(?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Sql statements;
    private final Inboxes inboxes;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final String messageIdDomain;
    private final Set<String> warnedWithoutInbox = ConcurrentHashMap.newKeySet();

    Outbox(Sql statements, Inboxes inboxes, MeterRegistry metrics, Clock clock, MailConfig config) {
        this.statements = statements;
        this.inboxes = inboxes;
        this.metrics = metrics;
        this.clock = clock;
        this.messageIdDomain = config.publicBaseUrl().getHost();
    }

    /**
     * A new lead's messages: the receipt to the person ({@code toPerson} false when a booking confirms it anyway) and
     * the new-lead note to the location's inbox, as one insert for intake to run in the lead's own statement (the
     * lead and its messages are one round trip); empty when there is nothing to send.
     */
    public Optional<Sql.Part> leadReceived(UUID leadId, String locationId, String email, boolean toPerson) {
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
        return messages.isEmpty() ? Optional.empty() : Optional.of(insert(messages));
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
        if (messages.isEmpty()) {
            return;
        }
        // the rows these messages point at may still be only in Hibernate's session
        statements.flushed().update(List.of(insert(messages)));
    }

    /** The messages' rows as one insert; each is counted as queued (the caller's transaction writes them). */
    private Sql.Part insert(List<Message> messages) {
        var now = clock.instant();
        var sql = new StringBuilder(COLUMNS);
        var values = new ArrayList<Object>();
        for (var message : messages) {
            sql.append(values.isEmpty() ? "" : ", ").append(ROW);
            var id = UUID.randomUUID();
            values.addAll(Arrays.asList(
                    id,
                    message.type(),
                    message.recipient(),
                    Sql.nullable(message.leadId(), UUID.class),
                    Sql.nullable(message.locationId(), String.class),
                    Sql.nullable(message.appointmentId(), UUID.class),
                    Sql.nullable(message.referralId(), UUID.class),
                    Sql.nullable(message.sequence(), Integer.class),
                    Sql.nullable(message.startsAt(), Instant.class),
                    Sql.nullable(message.endsAt(), Instant.class),
                    "<" + id + "@" + messageIdDomain + ">",
                    now,
                    now));
        }
        for (var message : messages) {
            metrics.counter(
                            "consult.notifications.queued",
                            "type",
                            message.type().name().toLowerCase(Locale.ROOT))
                    .increment();
        }
        return new Sql.Part("outbox_messages", sql.toString(), values);
    }
}
