package clinic.consult.location;

import clinic.consult.http.IfMatch;
import clinic.consult.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("/api/v1/locations")
@Produces(MediaType.APPLICATION_JSON)
public class LocationResource {

    private final LocationService locations;

    LocationResource(LocationService locations) {
        this.locations = locations;
    }

    @GET
    @PermitAll
    public List<LocationView> list() {
        return locations.list();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public Response get(@PathParam("id") String id) {
        var location = locations.get(id);
        return Response.ok(location.value()).tag(location.etag()).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull LocationUpdate body) {
        var location = locations.update(id, body, IfMatch.expectedVersion(ifMatch));
        return Response.ok(location.value()).tag(location.etag()).build();
    }
}
