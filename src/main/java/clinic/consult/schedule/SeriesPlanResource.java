package clinic.consult.schedule;

import clinic.consult.http.IfMatch;
import clinic.consult.security.Roles;
import clinic.consult.security.StaffIdentity;
import io.vertx.core.http.HttpServerRequest;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("/api/v1/series-plans")
@Produces(MediaType.APPLICATION_JSON)
public class SeriesPlanResource {

    private final SeriesPlanService plans;
    private final StaffIdentity staff;

    SeriesPlanResource(SeriesPlanService plans, StaffIdentity staff) {
        this.plans = plans;
        this.staff = staff;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public List<SeriesPlanView> plans() {
        return plans.plans();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response plan(@PathParam("id") String id) {
        var plan = plans.plan(id);
        return Response.ok(plan.value()).tag(plan.etag()).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest http,
            @Valid @NotNull SeriesPlanUpdate body) {
        var plan = plans.update(
                id, body, IfMatch.expectedVersion(ifMatch), staff.current(http).subject());
        return Response.ok(plan.value()).tag(plan.etag()).build();
    }
}
