package clinic.consult.availability;

import clinic.consult.http.IfMatch;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/locations")
@Tag(name = "Schedules", description = "Appointment types, opening hours and closures per location")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    private final ScheduleService schedules;
    private final StaffIdentity staff;

    ScheduleResource(ScheduleService schedules, StaffIdentity staff) {
        this.schedules = schedules;
        this.staff = staff;
    }

    @GET
    @Path("{id}/schedules/{type}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getSchedule", summary = "A location's schedule for one appointment type (staff)")
    @APIResponse(
            responseCode = "200",
            description = "The schedule",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version, for If-Match on update"),
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    public Response schedule(
            @Parameter(example = "tustin") @PathParam("id") String id,
            @Parameter(example = "in-person-consultation") @PathParam("type") String type) {
        var schedule = schedules.schedule(id, type);
        return Response.ok(schedule.value()).tag(schedule.etag()).build();
    }

    @PUT
    @Path("{id}/schedules/{type}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "updateSchedule",
            summary = "Replace a location's schedule for one appointment type (admin)",
            description = "Booked appointments stay as they are. Send If-Match with the ETag you read to avoid"
                    + " overwriting another admin's change.")
    @APIResponse(
            responseCode = "200",
            description = "The new schedule",
            headers = @Header(name = HttpHeaders.ETAG, description = "New version"),
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match names an outdated version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateSchedule(
            @Parameter(example = "tustin") @PathParam("id") String id,
            @Parameter(example = "in-person-consultation") @PathParam("type") String type,
            @Parameter(description = "ETag from a previous read", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Context HttpServerRequest http,
            @Valid @NotNull ScheduleUpdate body) {
        var schedule = schedules.update(
                id,
                type,
                body,
                IfMatch.expectedVersion(ifMatch),
                staff.current(http).subject());
        return Response.ok(schedule.value()).tag(schedule.etag()).build();
    }

    @GET
    @Path("{id}/closures")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listClosures", summary = "A location's closures not yet over (staff)")
    @APIResponse(
            responseCode = "200",
            description = "Closures in order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ClosureView.class)))
    public List<ClosureView> closures(@Parameter(example = "tustin") @PathParam("id") String id) {
        return schedules.closures(id);
    }

    @POST
    @Path("{id}/closures")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "addClosure",
            summary = "Close a location for a while (admin)",
            description = "Every appointment type; no new slots are offered inside it. Appointments already booked"
                    + " in it stay booked: the front desk moves them.")
    @APIResponse(
            responseCode = "201",
            description = "The closure",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The closure"),
            content = @Content(schema = @Schema(implementation = ClosureView.class)))
    public Response close(
            @Parameter(example = "tustin") @PathParam("id") String id,
            @Context HttpServerRequest http,
            @Valid @NotNull ClosureRequest body) {
        var closure = schedules.close(id, body, staff.current(http).subject());
        return Response.created(URI.create("/api/v1/locations/" + id + "/closures/" + closure.id()))
                .entity(closure)
                .build();
    }

    @DELETE
    @Path("{id}/closures/{closureId}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "removeClosure", summary = "Open again: remove a closure (admin)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void reopen(
            @Parameter(example = "tustin") @PathParam("id") String id,
            @PathParam("closureId") UUID closureId,
            @Context HttpServerRequest http) {
        schedules.reopen(id, closureId, staff.current(http).subject());
    }
}
