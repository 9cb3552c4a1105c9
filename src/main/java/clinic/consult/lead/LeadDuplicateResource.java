package clinic.consult.lead;

import clinic.consult.http.IfMatch;
import clinic.consult.problem.NotFoundException;
import clinic.consult.problem.PreconditionRequiredException;
import clinic.consult.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff resolve a possible duplicate: merge the submission into the person's lead, or split the two. */
@Path("/api/v1/leads/{id}")
@Tag(name = "Leads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
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
    @Operation(
            operationId = "mergeLead",
            summary = "Merge this submission into the person's lead (staff)",
            description = "The submission becomes MERGED; the lead takes only what `take` names; the submission's"
                    + " appointments move to the lead. Both timelines and the audit trail record it. If-Match is the"
                    + " submission's ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The lead, as it is after the merge",
            headers = @Header(name = HttpHeaders.ETAG, description = "The lead's version"),
            content = @Content(schema = @Schema(implementation = LeadDetails.class)))
    @APIResponse(
            responseCode = "409",
            description = "submission-not-linkable (already merged, or the target is merged), lead-erased, or the"
                    + " lead cannot take the submission's booked consultation (illegal-status-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "The submission changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response merge(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = "The submission's ETag", required = true, example = "\"3\"")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Valid @NotNull MergeRequest request,
            @Context HttpServerRequest http) {
        var submission = leadId(id);
        var lead = duplicates.merge(submission, request, version(submission, ifMatch), staff.current(http));
        return Response.ok(lead.value()).tag(lead.etag()).build();
    }

    @POST
    @Path("split")
    @Operation(
            operationId = "splitLead",
            summary = "Unlink this submission from the lead it may duplicate (staff)",
            description = "For a submission that is not the lead's person. Neither changes otherwise; the timeline and"
                    + " the audit trail record it. If-Match is the submission's ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The submission, now a lead of its own",
            headers = @Header(name = HttpHeaders.ETAG, description = "The submission's new version"),
            content = @Content(schema = @Schema(implementation = LeadDetails.class)))
    @APIResponse(
            responseCode = "409",
            description = "submission-not-linkable (not a possible duplicate), or lead-erased",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "The submission changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response split(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = "The submission's ETag", required = true, example = "\"3\"")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
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
