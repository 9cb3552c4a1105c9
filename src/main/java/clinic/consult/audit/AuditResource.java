package clinic.consult.audit;

import clinic.consult.http.QueryParameters;
import clinic.consult.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditService audit;

    AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public AuditPage search(
            @QueryParam("leadId") String leadId,
            @QueryParam("subject") String subject,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        var query = new QueryParameters();
        var lead = query.uuid("leadId", leadId);
        int pageNumber = query.page(page);
        int pageSize = query.pageSize(size, 50);
        query.check();
        return audit.search(lead, Optional.ofNullable(subject).filter(s -> !s.isBlank()), pageNumber, pageSize);
    }
}
