package clinic.consult.webhook;

import clinic.consult.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A subscription's deliveries as an admin reads them: one, or a page newest first. */
@ApplicationScoped
class DeliveryHistory {

    private final Sql sql;

    DeliveryHistory(Sql sql) {
        this.sql = sql;
    }

    Optional<DeliveryView> find(UUID subscriptionId, UUID id) {
        return sql.first(VIEW + " where d.id = ? and d.subscription_id = ?", DeliveryHistory::view, id, subscriptionId);
    }

    /** A subscription's deliveries, newest first, optionally of one status. */
    List<DeliveryView> page(UUID subscriptionId, Optional<DeliveryStatus> status, int page, int size) {
        return sql.list(
                VIEW + " where d.subscription_id = ? and (?::varchar is null or d.status = ?)"
                        + " order by d.created_at desc, d.seq desc limit ? offset ?",
                DeliveryHistory::view,
                subscriptionId,
                status.map(Enum::name).orElse(null),
                status.map(Enum::name).orElse(null),
                size,
                (long) page * size);
    }

    long count(UUID subscriptionId, Optional<DeliveryStatus> status) {
        return sql.first(
                        "select count(*) from webhook_deliveries d where d.subscription_id = ?"
                                + " and (?::varchar is null or d.status = ?)",
                        row -> row.getLong(1),
                        subscriptionId,
                        status.map(Enum::name).orElse(null),
                        status.map(Enum::name).orElse(null))
                .orElse(0L);
    }

    private static final String VIEW =
            "select d.id, d.event_id, e.type, e.occurred_at, d.status, d.attempts, d.last_status, d.last_latency_ms,"
                    + " d.last_error, d.created_at, d.last_attempt_at, d.delivered_at,"
                    + " case when d.status = 'PENDING' then d.next_attempt_at end"
                    + " from webhook_deliveries d join webhook_events e on e.id = d.event_id";

    private static DeliveryView view(ResultSet row) throws SQLException {
        return new DeliveryView(
                Sql.uuid(row, 1),
                Sql.uuid(row, 2),
                EventType.ofWire(row.getString(3)),
                Sql.instant(row, 4),
                DeliveryStatus.valueOf(row.getString(5)),
                row.getInt(6),
                (Integer) row.getObject(7),
                (Integer) row.getObject(8),
                row.getString(9),
                Sql.instant(row, 10),
                Sql.instant(row, 11),
                Sql.instant(row, 12),
                Sql.instant(row, 13));
    }
}
