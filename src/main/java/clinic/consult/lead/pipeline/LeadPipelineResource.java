package clinic.consult.lead.pipeline;

import clinic.consult.http.IfMatch;
import clinic.consult.notification.NotificationView;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The staff side of leads. Reads of details and all writes are audited by the service. */
@Path("/api/v1/leads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class LeadPipelineResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final LeadPipelineService pipeline;
    private final LeadErasure erasure;
    private final LeadTexts texts;
    private final StaffIdentity staff;

    LeadPipelineResource(LeadPipelineService pipeline, LeadErasure erasure, LeadTexts texts, StaffIdentity staff) {
        this.pipeline = pipeline;
        this.erasure = erasure;
        this.texts = texts;
        this.staff = staff;
    }

    @GET
    public LeadPage search(
            @QueryParam("status") List<String> status,
            @QueryParam("locationId") List<String> locationId,
            @QueryParam("createdFrom") String createdFrom,
            @QueryParam("createdTo") String createdTo,
            @QueryParam("q") String q,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("sort") String sort,
            @Context HttpServerRequest http) {
        return pipeline.search(
                LeadSearch.parse(status, locationId, createdFrom, createdTo, q, page, size, sort), staff.current(http));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @Context HttpServerRequest http) {
        var lead = pipeline.get(leadId(id), staff.current(http));
        return Response.ok(lead.value()).tag(lead.etag()).build();
    }

    @GET
    @Path("{id}/notifications")
    public List<NotificationView> notifications(@PathParam("id") String id, @Context HttpServerRequest http) {
        return pipeline.notifications(leadId(id), staff.current(http));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    public Response update(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull LeadPatch patch,
            @Context HttpServerRequest http) {
        var leadId = leadId(id);
        var version = IfMatch.expectedVersion(ifMatch)
                .orElseThrow(() -> new PreconditionRequiredException("lead '" + leadId + "'"));
        var lead = pipeline.update(leadId, patch, version, staff.current(http));
        return Response.ok(lead.value()).tag(lead.etag()).build();
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addNote(
            @PathParam("id") String id, @Valid @NotNull NoteRequest note, @Context HttpServerRequest http) {
        var leadId = leadId(id);
        var entry = pipeline.addNote(leadId, note.text(), staff.current(http));
        return Response.created(URI.create("/api/v1/leads/" + leadId))
                .entity(entry)
                .build();
    }

    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @POST
    @Path("{id}/texts/opt-out")
    public void optOutOfTexts(@PathParam("id") String id, @Context HttpServerRequest http) {
        texts.optOut(leadId(id), staff.current(http));
    }

    // nothing but a problem can come back, and a client generated from the contract accepts only that
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public void erase(@PathParam("id") String id, @Context HttpServerRequest http) {
        erasure.erase(leadId(id), staff.current(http));
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
