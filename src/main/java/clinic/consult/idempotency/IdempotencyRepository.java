package clinic.consult.idempotency;

import clinic.consult.db.Sql;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {

    private final Sql sql;

    IdempotencyRepository(Sql sql) {
        this.sql = sql;
    }

    /**
     * Claims a key for this request: false when another request holds it already. A claim older than {@code
     * expiredBefore} is dropped first, so the key starts over. A concurrent claim of the same key waits here until
     * the first one's transaction ends.
     */
    boolean claim(IdempotencyRecord.Key key, String requestHash, Instant now, Instant expiredBefore) {
        sql.update(
                "delete from idempotency_keys where scope = ? and idempotency_key = ? and created_at < ?",
                key.scope(),
                key.idempotencyKey(),
                expiredBefore);
        return sql.update(
                        "insert into idempotency_keys (scope, idempotency_key, request_hash, created_at)"
                                + " values (?, ?, ?, ?) on conflict do nothing",
                        key.scope(),
                        key.idempotencyKey(),
                        requestHash,
                        now)
                == 1;
    }

    void forgetOlderThan(Instant cutoff) {
        sql.update("delete from idempotency_keys where created_at < ?", cutoff);
    }
}
