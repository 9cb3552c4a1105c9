package clinic.consult.calendar;

import clinic.consult.problem.NotFoundException;
import clinic.consult.security.Roles;
import clinic.consult.security.StaffIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Staff members' calendar-feed keys: make one (shown once), see and revoke them. Admins see and revoke anyone's. */
@Path("/api/v1/calendar-feeds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class CalendarFeedResource {

    private final CalendarFeedService feeds;
    private final StaffIdentity staff;

    CalendarFeedResource(CalendarFeedService feeds, StaffIdentity staff) {
        this.feeds = feeds;
        this.staff = staff;
    }

    @GET
    public List<CalendarFeedView> list(@Context HttpServerRequest http, @Context SecurityContext security) {
        return feeds.list(staff.current(http), security.isUserInRole(Roles.ADMIN));
    }

    @POST
    public Response create(@Context HttpServerRequest http) {
        var created = feeds.create(staff.current(http));
        return Response.created(
                        URI.create("/api/v1/calendar-feeds/" + created.feed().id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public CalendarFeedView get(
            @PathParam("id") String id, @Context HttpServerRequest http, @Context SecurityContext security) {
        return feeds.get(feedId(id), staff.current(http), security.isUserInRole(Roles.ADMIN));
    }

    @DELETE
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public Response revoke(
            @PathParam("id") String id, @Context HttpServerRequest http, @Context SecurityContext security) {
        feeds.revoke(feedId(id), staff.current(http), security.isUserInRole(Roles.ADMIN));
        return Response.noContent().build();
    }

    private static UUID feedId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Calendar feed", id);
        }
    }
}
