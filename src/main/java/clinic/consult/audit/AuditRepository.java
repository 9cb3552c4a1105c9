package clinic.consult.audit;

import clinic.consult.db.Sql;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

    private final Sql sql;

    AuditRepository(Sql sql) {
        this.sql = sql;
    }

    /** One entry per lead, in one statement: a search page can show up to a hundred leads. */
    void recordEach(
            Collection<UUID> leadIds, AuditAction action, String subject, String clientIp, Instant at, String detail) {
        sql.update(
                "insert into audit_log (at, subject, action, lead_id, client_ip, detail)"
                        + " select ?, ?, ?, lead_id, ?, ? from unnest(?) as lead_id",
                at,
                subject,
                action,
                Sql.nullable(clientIp, String.class),
                Sql.nullable(detail, String.class),
                leadIds);
    }

    PanacheQuery<AuditEntry> search(Optional<UUID> leadId, Optional<String> subject) {
        var where = new ArrayList<String>();
        var parameters = new Parameters();
        leadId.ifPresent(id -> {
            where.add("leadId = :leadId");
            parameters.and("leadId", id);
        });
        subject.ifPresent(who -> {
            where.add("subject = :subject");
            parameters.and("subject", who);
        });
        var sort = Sort.descending("at", "id");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, parameters);
    }
}
