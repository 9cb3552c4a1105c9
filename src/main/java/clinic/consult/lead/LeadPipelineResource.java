package clinic.consult.lead;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The staff side of leads. Reads of details and all writes are audited by the service. */
@Path("/api/v1/leads")
@Tag(name = "Leads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
public class LeadPipelineResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final LeadPipelineService pipeline;
    private final StaffIdentity staff;

    LeadPipelineResource(LeadPipelineService pipeline, StaffIdentity staff) {
        this.pipeline = pipeline;
        this.staff = staff;
    }

    @GET
    @Operation(
            operationId = "searchLeads",
            summary = "Search leads (staff)",
            description = "Newest first unless sorted otherwise. Without status, every status but SPAM and MERGED."
                    + " Items leave out the message and conditions. A token with a locations claim sees only those"
                    + " locations.")
    @APIResponse(
            responseCode = "200",
            description = "One page of leads",
            content = @Content(schema = @Schema(implementation = LeadPage.class)))
    public LeadPage search(
            @Parameter(
                            description = "One or more statuses, comma-separated (NEW,CONTACTED); the parameter may"
                                    + " also repeat. NEW, CONTACTED, CONSULT_BOOKED, CONSULTED, CONVERTED, NO_SHOW,"
                                    + " NOT_A_FIT, LOST, SPAM, MERGED",
                            schema = @Schema(type = SchemaType.STRING, example = "NEW,CONTACTED"))
                    @QueryParam("status")
                    List<String> status,
            @Parameter(
                            description = "One or more location ids, comma-separated; the parameter may also repeat",
                            schema = @Schema(type = SchemaType.STRING, example = "tustin,seal-beach"))
                    @QueryParam("locationId")
                    List<String> locationId,
            @Parameter(
                            description = "Received at or after",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("createdFrom")
                    String createdFrom,
            @Parameter(
                            description = "Received before",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("createdTo")
                    String createdTo,
            @Parameter(
                            description = "Name, email or phone (any format)",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
                    @QueryParam("q")
                    String q,
            @Parameter(description = "0-based", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("size")
                    String size,
            @Parameter(
                            schema =
                                    @Schema(
                                            enumeration = {
                                                "-createdAt",
                                                "createdAt",
                                                "-updatedAt",
                                                "updatedAt",
                                                "lastName",
                                                "-lastName"
                                            },
                                            type = SchemaType.STRING,
                                            defaultValue = "-createdAt"))
                    @QueryParam("sort")
                    String sort,
            @Context HttpServerRequest http) {
        return pipeline.search(
                LeadSearch.parse(status, locationId, createdFrom, createdTo, q, page, size, sort), staff.current(http));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getLead", summary = "Read a lead with its timeline (staff, audited)")
    @APIResponse(
            responseCode = "200",
            description = "The lead",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version, for If-Match on PATCH"),
            content = @Content(schema = @Schema(implementation = LeadDetails.class)))
    public Response get(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Context HttpServerRequest http) {
        var lead = pipeline.get(leadId(id), staff.current(http));
        return Response.ok(lead.value()).tag(lead.etag()).build();
    }

    @GET
    @Path("{id}/notifications")
    @Operation(
            operationId = "listLeadNotifications",
            summary = "The emails of a lead and how their delivery went (staff, audited)",
            description = "Oldest first: type, recipient, status (PENDING, SENT, FAILED, SKIPPED), attempts, times and"
                    + " the last error.")
    @APIResponse(
            responseCode = "200",
            description = "The lead's emails",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = NotificationView.class)))
    public List<NotificationView> notifications(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Context HttpServerRequest http) {
        return pipeline.notifications(leadId(id), staff.current(http));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(
            operationId = "updateLead",
            summary = "Change a lead's status or location, or add a note (staff)",
            description = "Fields left out stay as they are; a note goes on the timeline with the change, or alone."
                    + " If-Match is required.")
    @APIResponse(
            responseCode = "200",
            description = "The changed lead",
            headers = @Header(name = HttpHeaders.ETAG, description = "New version"),
            content = @Content(schema = @Schema(implementation = LeadDetails.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "illegal-status-transition: the pipeline does not allow that status (allowed lists the ones it"
                            + " does); lead-erased: the lead's personal data was erased and it takes no changes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "The lead changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = "ETag from the last read", required = true, example = "\"3\"")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
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
    @Operation(operationId = "addLeadNote", summary = "Add a note to a lead's timeline (staff)")
    @APIResponse(
            responseCode = "201",
            description = "The note, as it appears on the timeline",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The lead"),
            content = @Content(schema = @Schema(implementation = LeadDetails.TimelineEntry.class)))
    @APIResponse(
            responseCode = "409",
            description = "lead-erased: the lead's personal data was erased and it takes no notes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addNote(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Valid @NotNull NoteRequest note,
            @Context HttpServerRequest http) {
        var leadId = leadId(id);
        var entry = pipeline.addNote(leadId, note.text(), staff.current(http));
        return Response.created(URI.create("/api/v1/leads/" + leadId))
                .entity(entry)
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "eraseLead",
            summary = "Erase a lead's personal data on request (admin)",
            description = "Names, contact details, place, conditions, message, notes and consent address go; status"
                    + " history and the audit trail stay. Erasing twice is harmless.")
    @APIResponse(responseCode = "204", description = "Erased")
    public void erase(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Context HttpServerRequest http) {
        pipeline.erase(leadId(id), staff.current(http));
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
