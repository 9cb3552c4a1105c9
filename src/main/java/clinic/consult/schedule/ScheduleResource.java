package clinic.consult.schedule;

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

@Path("/api/v1/locations")
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
    public Response schedule(@PathParam("id") String id, @PathParam("type") String type) {
        var schedule = schedules.schedule(id, type);
        return Response.ok(schedule.value()).tag(schedule.etag()).build();
    }

    @PUT
    @Path("{id}/schedules/{type}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateSchedule(
            @PathParam("id") String id,
            @PathParam("type") String type,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
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
    public List<ClosureView> closures(@PathParam("id") String id) {
        return schedules.closures(id);
    }

    @POST
    @Path("{id}/closures")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response close(
            @PathParam("id") String id, @Context HttpServerRequest http, @Valid @NotNull ClosureRequest body) {
        var closure = schedules.close(id, body, staff.current(http).subject());
        return Response.created(URI.create("/api/v1/locations/" + id + "/closures/" + closure.id()))
                .entity(closure)
                .build();
    }

    // nothing but a problem can come back, and a client generated from the contract accepts only that
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @DELETE
    @Path("{id}/closures/{closureId}")
    @RolesAllowed(Roles.ADMIN)
    public void reopen(
            @PathParam("id") String id, @PathParam("closureId") UUID closureId, @Context HttpServerRequest http) {
        schedules.reopen(id, closureId, staff.current(http).subject());
    }
}
