package clinic.consult.webhook;

import clinic.consult.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Subscriptions and their signing secrets. */
@ApplicationScoped
class WebhookRepository {

    private static final String COLUMNS =
            "id, url, description, event_types, location_ids, include_contact, enabled, disabled_reason,"
                    + " consecutive_failures, paused_until, created_at, updated_at, version";

    private final Sql sql;

    WebhookRepository(Sql sql) {
        this.sql = sql;
    }

    void insert(Subscription subscription) {
        sql.update(
                "insert into webhook_subscriptions (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                subscription.id(),
                subscription.url().toString(),
                subscription.description(),
                wire(subscription),
                locations(subscription),
                subscription.includeContact(),
                subscription.enabled(),
                subscription.disabledReason(),
                subscription.consecutiveFailures(),
                Sql.nullable(subscription.pausedUntil(), Instant.class),
                subscription.createdAt(),
                subscription.updatedAt(),
                subscription.version());
    }

    /** Writes a changed subscription if it is still at {@code expectedVersion}; whether it was. */
    boolean update(Subscription subscription, long expectedVersion) {
        return sql.update(
                        "update webhook_subscriptions set url = ?, description = ?, event_types = ?,"
                                + " location_ids = ?, include_contact = ?, enabled = ?, disabled_reason = ?,"
                                + " consecutive_failures = ?, paused_until = ?, updated_at = ?, version = version + 1"
                                + " where id = ? and version = ?",
                        subscription.url().toString(),
                        subscription.description(),
                        wire(subscription),
                        locations(subscription),
                        subscription.includeContact(),
                        subscription.enabled(),
                        subscription.disabledReason(),
                        subscription.consecutiveFailures(),
                        Sql.nullable(subscription.pausedUntil(), Instant.class),
                        subscription.updatedAt(),
                        subscription.id(),
                        expectedVersion)
                == 1;
    }

    Optional<Subscription> find(UUID id) {
        return sql.first(
                "select " + COLUMNS + " from webhook_subscriptions where id = ?", WebhookRepository::subscription, id);
    }

    /** The subscription, locked for a change. */
    Optional<Subscription> lock(UUID id) {
        return sql.first(
                "select " + COLUMNS + " from webhook_subscriptions where id = ? for update",
                WebhookRepository::subscription,
                id);
    }

    List<Subscription> all() {
        return sql.list(
                "select " + COLUMNS + " from webhook_subscriptions order by created_at, id",
                WebhookRepository::subscription);
    }

    boolean delete(UUID id) {
        return sql.update("delete from webhook_subscriptions where id = ?", id) == 1;
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
        sql.update(
                "insert into webhook_secrets (id, subscription_id, secret, created_at) values (?, ?, ?, ?)",
                UUID.randomUUID(),
                subscriptionId,
                secret,
                at);
    }

    /** Gives the current secrets an end, so the next one signs alone after it. */
    void endSecrets(UUID subscriptionId, Instant endsAt) {
        sql.update(
                "update webhook_secrets set ends_at = ? where subscription_id = ? and ends_at is null",
                endsAt,
                subscriptionId);
    }

    /** The secrets that sign at {@code now}, newest first; ended ones are dropped on the way. */
    List<String> liveSecrets(UUID subscriptionId, Instant now) {
        sql.update("delete from webhook_secrets where subscription_id = ? and ends_at <= ?", subscriptionId, now);
        return sql.list(
                "select secret from webhook_secrets where subscription_id = ? order by created_at desc, id",
                row -> row.getString(1),
                subscriptionId);
    }

    /** When the previous secret stops signing, if a rotation's overlap is running. */
    Optional<Instant> previousSecretEndsAt(UUID subscriptionId, Instant now) {
        return sql.first(
                "select max(ends_at) from webhook_secrets where subscription_id = ? and ends_at > ?",
                row -> Sql.instant(row, 1),
                subscriptionId,
                now);
    }

    private static String[] wire(Subscription subscription) {
        return subscription.eventTypes().stream().map(EventType::wire).sorted().toArray(String[]::new);
    }

    private static String[] locations(Subscription subscription) {
        return subscription.locationIds().isEmpty()
                ? null
                : subscription.locationIds().toArray(String[]::new);
    }

    private static Subscription subscription(ResultSet row) throws SQLException {
        var types = EnumSet.noneOf(EventType.class);
        for (var name : (String[]) row.getArray(4).getArray()) {
            types.add(EventType.ofWire(name));
        }
        var locations = row.getArray(5);
        return new Subscription(
                Sql.uuid(row, 1),
                URI.create(row.getString(2)),
                row.getString(3),
                types,
                locations == null ? List.of() : Arrays.asList((String[]) locations.getArray()),
                row.getBoolean(6),
                row.getBoolean(7),
                row.getString(8),
                row.getInt(9),
                Sql.instant(row, 10),
                Sql.instant(row, 11),
                Sql.instant(row, 12),
                row.getLong(13));
    }
}
