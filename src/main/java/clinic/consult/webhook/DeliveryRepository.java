package clinic.consult.webhook;

import clinic.consult.db.Sql;
import clinic.consult.outbox.LeasedQueue;
import clinic.consult.outbox.LeasedTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Webhook events and their deliveries: the webhook outbox. */
@ApplicationScoped
class DeliveryRepository implements LeasedQueue {

    private final Sql sql;
    private final LeasedTable leases;
    private final int perSubscription;

    DeliveryRepository(Sql sql, WebhookConfig config) {
        this.sql = sql;
        this.leases = new LeasedTable(sql, "webhook_deliveries");
        this.perSubscription = config.perSubscription();
    }

    /**
     * Writes an event and, in the same statement, one delivery to every enabled subscription that wants its type and
     * location: one round trip in the transaction of the change, however many subscribe. An event no subscription
     * wants is not kept (a clinic without webhooks pays one read of a small table).
     */
    void record(UUID eventId, EventType type, Instant at, UUID leadId, String locationId, String data) {
        sql.update(
                """
                with wanted as (
                    select s.id from webhook_subscriptions s
                    where s.enabled and ? = any(s.event_types)
                        and (s.location_ids is null or ? = any(s.location_ids))),
                event as (
                    insert into webhook_events (id, type, occurred_at, lead_id, location_id, data)
                    select ?, ?, ?, ?, ?, ? where exists (select 1 from wanted)
                    returning id, lead_id)
                insert into webhook_deliveries (id, event_id, subscription_id, lead_id, status, next_attempt_at,
                    created_at)
                select gen_random_uuid(), event.id, wanted.id, event.lead_id, 'PENDING', ?, ?
                from event, wanted
                order by wanted.id""",
                type.wire(),
                Sql.nullable(locationId, String.class),
                eventId,
                type.wire(),
                at,
                Sql.nullable(leadId, UUID.class),
                Sql.nullable(locationId, String.class),
                data,
                at,
                at);
    }

    /**
     * New deliveries to one subscription of every event of [from, to) it wants, in the order they happened; returns
     * how many. The events keep their ids, so a receiver that has one already sees the same webhook-id again.
     */
    int replay(WebhookSubscription subscription, Instant from, Instant to, Instant now) {
        return sql.update(
                """
                insert into webhook_deliveries (id, event_id, subscription_id, lead_id, status, next_attempt_at,
                    created_at)
                select gen_random_uuid(), e.id, s.id, e.lead_id, 'PENDING', ?, ?
                from webhook_events e join webhook_subscriptions s on s.id = ?
                where e.occurred_at >= ? and e.occurred_at < ? and e.type = any(s.event_types)
                    and (s.location_ids is null or e.location_id = any(s.location_ids))
                order by e.seq""",
                now,
                now,
                subscription.id,
                from,
                to);
    }

    /**
     * Takes due deliveries of enabled subscriptions for the worker holding {@code token}. A delivery waits while an
     * earlier one of the same lead to the same subscription is still pending, so a receiver sees each lead's events in
     * the order they happened; while its subscription is paused (its receiver stalled); and while the subscription has
     * its share of deliveries under way ({@code consult.webhooks.per-subscription}, across instances), so that one
     * receiver never holds more of the workers' slots than that.
     */
    @Override
    public List<UUID> claim(Instant now, Instant leaseUntil, int limit, UUID token) {
        return sql.list(
                """
                update webhook_deliveries set next_attempt_at = ?, attempts = attempts + 1, last_attempt_at = ?,
                    claim_token = ?
                where id in (
                    select d.id from webhook_deliveries d
                    where d.status = 'PENDING' and d.next_attempt_at <= ? and d.id in (
                        select due.id from (
                            select c.id, c.subscription_id, row_number() over (
                                partition by c.subscription_id order by c.next_attempt_at, c.seq) as place
                            from webhook_deliveries c
                                join webhook_subscriptions s on s.id = c.subscription_id and s.enabled
                                    and (s.paused_until is null or s.paused_until <= ?)
                            where c.status = 'PENDING' and c.next_attempt_at <= ?
                                and not exists (select 1 from webhook_deliveries e where e.status = 'PENDING'
                                    and e.subscription_id = c.subscription_id and e.lead_id = c.lead_id
                                    and e.seq < c.seq)) due
                        where due.place + (select count(*) from webhook_deliveries f
                            where f.subscription_id = due.subscription_id and f.status = 'PENDING'
                                and f.claim_token is not null and f.next_attempt_at > ?) <= ?)
                    order by d.next_attempt_at, d.seq limit ? for update of d skip locked)
                returning id""",
                row -> Sql.uuid(row, 1),
                leaseUntil,
                now,
                token,
                now,
                now,
                now,
                now,
                perSubscription,
                limit);
    }

    @Override
    public List<UUID> renew(Collection<UUID> ids, UUID token, Instant leaseUntil) {
        return leases.renew(ids, token, leaseUntil);
    }

    @Override
    public void release(Collection<UUID> ids, UUID token) {
        leases.release(ids, token);
    }

    /** What one claimed delivery carries, if this claim still holds it. */
    Optional<Parcel> parcel(UUID id, UUID token) {
        return sql.first(
                """
                select d.id, d.attempts, e.id, e.type, e.occurred_at, e.lead_id, e.data, s.id, s.url,
                    s.include_contact
                from webhook_deliveries d
                    join webhook_events e on e.id = d.event_id
                    join webhook_subscriptions s on s.id = d.subscription_id
                where d.id = ? and d.claim_token = ? and d.status = 'PENDING'""",
                row -> new Parcel(
                        Sql.uuid(row, 1),
                        row.getInt(2),
                        Sql.uuid(row, 3),
                        EventType.ofWire(row.getString(4)),
                        Sql.instant(row, 5),
                        Sql.uuid(row, 6),
                        row.getString(7),
                        Sql.uuid(row, 8),
                        URI.create(row.getString(9)),
                        row.getBoolean(10)),
                id,
                token);
    }

    /** One claimed delivery: the attempt it is at, its event, and where it goes. */
    record Parcel(
            UUID deliveryId,
            int attempt,
            UUID eventId,
            EventType type,
            Instant occurredAt,
            UUID leadId,
            String data,
            UUID subscriptionId,
            URI url,
            boolean includeContact) {}

    /** The receiver took it (2xx). */
    void delivered(UUID id, UUID token, int status, long latencyMillis, Instant at) {
        sql.update(
                "update webhook_deliveries set status = 'DELIVERED', delivered_at = ?, last_status = ?,"
                        + " last_latency_ms = ?, last_error = null, claim_token = null"
                        + " where id = ? and claim_token = ? and status = 'PENDING'",
                at,
                status,
                latencyMillis,
                id,
                token);
    }

    /** Another attempt at {@code next}; or, with {@code next} null, FAILED for an admin to look at. */
    void attemptFailed(UUID id, UUID token, Integer status, Long latencyMillis, String error, Instant next) {
        sql.update(
                "update webhook_deliveries set status = ?, next_attempt_at = coalesce(?, next_attempt_at),"
                        + " last_status = ?, last_latency_ms = ?, last_error = ?, claim_token = null"
                        + " where id = ? and claim_token = ? and status = 'PENDING'",
                next == null ? "FAILED" : "PENDING",
                next,
                status,
                latencyMillis,
                error,
                id,
                token);
    }

    /** Deliveries waiting, and since when the oldest, per subscription. */
    List<Backlog> backlog() {
        return sql.list(
                "select subscription_id, count(*), min(created_at) from webhook_deliveries where status = 'PENDING'"
                        + " group by subscription_id",
                row -> new Backlog(Sql.uuid(row, 1), row.getLong(2), Sql.instant(row, 3)));
    }

    record Backlog(UUID subscriptionId, long pending, Instant oldest) {}

    /** Events older than the cut-off go, with their deliveries. */
    int forgetEventsBefore(Instant cutoff) {
        return sql.update("delete from webhook_events where occurred_at < ?", cutoff);
    }
}
