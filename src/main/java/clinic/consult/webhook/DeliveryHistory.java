package clinic.consult.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A subscription's deliveries as an admin reads them (one, or a page newest first), and redelivery. */
@ApplicationScoped
class DeliveryHistory implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    private static final String VIEW = "select new clinic.consult.webhook.DeliveryView(d.id, d.eventId, e.type,"
            + " e.occurredAt, d.status, d.attempts, d.lastStatusCode, d.lastLatencyMs, d.lastError, d.createdAt,"
            + " d.lastAttemptAt, d.deliveredAt, case when d.status = PENDING then d.nextAttemptAt end)"
            + " from WebhookDelivery d join WebhookEvent e on e.id = d.eventId";

    Optional<DeliveryView> find(UUID subscriptionId, UUID id) {
        return getEntityManager()
                .createQuery(VIEW + " where d.id = :id and d.subscriptionId = :subscription", DeliveryView.class)
                .setParameter("id", id)
                .setParameter("subscription", subscriptionId)
                .getResultStream()
                .findFirst();
    }

    /** A subscription's deliveries, newest first, optionally of one status. */
    List<DeliveryView> page(UUID subscriptionId, Optional<DeliveryStatus> status, int page, int size) {
        var query = getEntityManager()
                .createQuery(
                        VIEW + " where d.subscriptionId = :subscription"
                                + status.map(s -> " and d.status = :status").orElse("")
                                + " order by d.createdAt desc, d.seq desc",
                        DeliveryView.class)
                .setParameter("subscription", subscriptionId)
                .setFirstResult(page * size)
                .setMaxResults(size);
        status.ifPresent(s -> query.setParameter("status", s));
        return query.getResultList();
    }

    /** A delivery goes again now, from its first attempt's count, whatever became of it; whether it did. */
    boolean redeliver(UUID subscriptionId, UUID id, Instant now) {
        var delivery =
                find("id = ?1 and subscriptionId = ?2", id, subscriptionId).firstResultOptional();
        if (delivery.isEmpty() || delivery.get().status == DeliveryStatus.PENDING) {
            return false;
        }
        delivery.get().status = DeliveryStatus.PENDING;
        delivery.get().attempts = 0;
        delivery.get().nextAttemptAt = now;
        delivery.get().claimToken = null;
        return true;
    }

    /** An event for one subscription only (a ping), with its delivery; the delivery's id. */
    UUID ping(UUID subscriptionId, String data, Instant now) {
        var event = new WebhookEvent();
        event.id = UUID.randomUUID();
        event.type = EventType.WEBHOOK_PING;
        event.occurredAt = now;
        event.data = data;
        getEntityManager().persist(event);
        var delivery = WebhookDelivery.of(event.id, subscriptionId, null, now);
        persist(delivery);
        return delivery.id;
    }

    long count(UUID subscriptionId, Optional<DeliveryStatus> status) {
        return status.isPresent()
                ? count("subscriptionId = ?1 and status = ?2", subscriptionId, status.get())
                : count("subscriptionId", subscriptionId);
    }
}
