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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Who read or changed which lead, when and from where")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditService audit;

    AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "searchAudit", summary = "Read the audit trail (admin)")
    @APIResponse(
            responseCode = "200",
            description = "Entries, newest first",
            content = @Content(schema = @Schema(implementation = AuditPage.class)))
    public AuditPage search(
            @Parameter(
                            description = "Only this lead's entries",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("leadId")
                    String leadId,
            @Parameter(description = "Only this staff member's entries (token subject)") @QueryParam("subject")
                    String subject,
            @Parameter(
                            description = "0-based",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
                    @QueryParam("size")
                    String size) {
        var query = new QueryParameters();
        var lead = query.uuid("leadId", leadId);
        int pageNumber = query.integer("page", page, 0, 0, 100_000);
        int pageSize = query.integer("size", size, 50, 1, 100);
        query.check();
        return audit.search(lead, Optional.ofNullable(subject).filter(s -> !s.isBlank()), pageNumber, pageSize);
    }
}
