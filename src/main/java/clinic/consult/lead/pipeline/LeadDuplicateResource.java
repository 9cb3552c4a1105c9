package clinic.consult.lead.pipeline;

import clinic.consult.http.IfMatch;
import clinic.consult.problem.NotFoundException;
import clinic.consult.problem.PreconditionRequiredException;
import clinic.consult.security.Roles;
import clinic.consult.security.StaffIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Staff resolve a possible duplicate: merge the submission into the person's lead, or split the two. */
@Path("/api/v1/leads/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class LeadDuplicateResource {

    private final LeadDuplicates duplicates;
    private final StaffIdentity staff;

    LeadDuplicateResource(LeadDuplicates duplicates, StaffIdentity staff) {
        this.duplicates = duplicates;
        this.staff = staff;
    }

    @POST
    @Path("merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response merge(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MergeRequest request,
            @Context HttpServerRequest http) {
        var submission = leadId(id);
        var lead = duplicates.merge(submission, request, version(submission, ifMatch), staff.current(http));
        return Response.ok(lead.value()).tag(lead.etag()).build();
    }

    @POST
    @Path("split")
    public Response split(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest http) {
        var submission = leadId(id);
        var lead = duplicates.split(submission, version(submission, ifMatch), staff.current(http));
        return Response.ok(lead.value()).tag(lead.etag()).build();
    }

    private static long version(UUID id, String ifMatch) {
        return IfMatch.expectedVersion(ifMatch)
                .orElseThrow(() -> new PreconditionRequiredException("lead '" + id + "'"));
    }

    /** An id that is not a UUID names no lead. */
    private static UUID leadId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Lead", id);
        }
    }
}
