package clinic.consult.notification;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.problem.NotFoundException;
import clinic.consult.security.Staff;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The outbox as staff and admins see and work it, and what erasure does to it. */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final AuditService audit;
    private final MeterRegistry metrics;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, AuditService audit, MeterRegistry metrics, Clock clock) {
        this.notifications = notifications;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A lead's emails, oldest first. The caller checks that the staff member may see the lead. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<NotificationView> ofLead(UUID leadId) {
        return notifications.ofLead(leadId).stream().map(NotificationView::of).toList();
    }

    /** Messages of one status, newest first; recipients are personal data, so each lead's read is audited. */
    @Transactional
    public NotificationPage page(NotificationStatus status, int page, int size, Staff admin) {
        var query = notifications.withStatus(status).page(page, size);
        var items = query.list();
        audit.recordEach(
                admin,
                AuditAction.NOTIFICATIONS_VIEWED,
                items.stream()
                        .map(n -> n.leadId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
        return new NotificationPage(items.stream().map(NotificationView::of).toList(), page, size, query.count());
    }

    /** Sends a FAILED message once more, at the worker's next run: one more attempt. */
    @Transactional
    public NotificationView retry(UUID id, Staff admin) {
        var notification = notifications
                .findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("Notification", id));
        if (notification.status != NotificationStatus.FAILED) {
            throw new NotificationStateException(notification.status);
        }
        notification.status = NotificationStatus.PENDING;
        notification.nextAttemptAt = clock.instant();
        if (notification.leadId != null) {
            audit.record(admin, AuditAction.NOTIFICATION_RETRIED, notification.leadId, "notification " + id);
        }
        metrics.counter(
                        "consult.notifications.retried",
                        "type",
                        notification.type.name().toLowerCase(Locale.ROOT),
                        "trigger",
                        "admin")
                .increment();
        LOG.infof("Notification %s queued again by an admin", id);
        return NotificationView.of(notification);
    }

    /** The lead's data is erased: its emails forget the address, and those not sent yet are skipped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetLead(UUID leadId) {
        notifications.forgetLead(leadId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetReferral(UUID referralId) {
        notifications.forgetReferral(referralId);
    }
}
