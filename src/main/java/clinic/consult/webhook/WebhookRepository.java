package clinic.consult.webhook;

import clinic.consult.db.Sql;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Subscriptions and their signing secrets. What the workers change as deliveries go (the run of failures, a pause, a
 * disable) is one atomic statement each, as several instances deliver at once.
 */
@ApplicationScoped
class WebhookRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    private final Sql sql;

    WebhookRepository(Sql sql) {
        this.sql = sql;
    }

    /** The subscription, locked for a change. */
    Optional<WebhookSubscription> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    List<WebhookSubscription> all() {
        return listAll(Sort.by("createdAt").and("id"));
    }

    /**
     * A failed attempt: one more in the subscription's run of failures; returns the run's length, or 0 when the
     * subscription is gone.
     */
    int failedAttempt(UUID id) {
        return sql.first(
                        "update webhook_subscriptions set consecutive_failures = consecutive_failures + 1 where id = ?"
                                + " returning consecutive_failures",
                        row -> row.getInt(1),
                        id)
                .orElse(0);
    }

    /** No delivery to the subscription is attempted before then (its receiver stalled). */
    void pause(UUID id, Instant until) {
        sql.update("update webhook_subscriptions set paused_until = ? where id = ?", until, id);
    }

    /** A delivered attempt ends the run of failures and any pause. */
    void deliveredAttempt(UUID id) {
        sql.update(
                "update webhook_subscriptions set consecutive_failures = 0, paused_until = null"
                        + " where id = ? and (consecutive_failures > 0 or paused_until is not null)",
                id);
    }

    /** Disables a subscription that is still enabled; whether this call did. */
    boolean disable(UUID id, String reason, Instant at) {
        return sql.update(
                        "update webhook_subscriptions set enabled = false, disabled_reason = ?, updated_at = ?,"
                                + " version = version + 1 where id = ? and enabled",
                        reason,
                        at,
                        id)
                == 1;
    }

    void addSecret(UUID subscriptionId, String secret, Instant at) {
        var added = new WebhookSecret();
        added.id = UUID.randomUUID();
        added.subscriptionId = subscriptionId;
        added.secret = secret;
        added.createdAt = at;
        getEntityManager().persist(added);
    }

    /** Gives the current secrets an end, so the next one signs alone after it. */
    void endSecrets(UUID subscriptionId, Instant endsAt) {
        getEntityManager()
                .createQuery("update WebhookSecret set endsAt = :endsAt where subscriptionId = :id and endsAt is null")
                .setParameter("endsAt", endsAt)
                .setParameter("id", subscriptionId)
                .executeUpdate();
    }

    /** The secrets that sign at {@code now}, newest first; ended ones are dropped on the way. */
    List<String> liveSecrets(UUID subscriptionId, Instant now) {
        getEntityManager()
                .createQuery("delete from WebhookSecret where subscriptionId = :id and endsAt <= :now")
                .setParameter("id", subscriptionId)
                .setParameter("now", now)
                .executeUpdate();
        return getEntityManager()
                .createQuery(
                        "select secret from WebhookSecret where subscriptionId = :id order by createdAt desc, id",
                        String.class)
                .setParameter("id", subscriptionId)
                .getResultList();
    }

    /** When the previous secret stops signing, if a rotation's overlap is running. */
    Optional<Instant> previousSecretEndsAt(UUID subscriptionId, Instant now) {
        return Optional.ofNullable(getEntityManager()
                .createQuery(
                        "select max(endsAt) from WebhookSecret where subscriptionId = :id and endsAt > :now",
                        Instant.class)
                .setParameter("id", subscriptionId)
                .setParameter("now", now)
                .getSingleResult());
    }
}
