package clinic.consult.appointment;

import clinic.consult.http.QueryParameters;
import clinic.consult.security.Roles;
import clinic.consult.security.StaffIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** The front desk's routes of {@code /api/v1/appointments}: a location's day, and outcomes. */
@Path("/api/v1/appointments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class FrontDeskResource {

    private final FrontDeskService frontDesk;
    private final StaffIdentity staff;

    FrontDeskResource(FrontDeskService frontDesk, StaffIdentity staff) {
        this.frontDesk = frontDesk;
        this.staff = staff;
    }

    @GET
    public List<AppointmentView> day(
            @QueryParam("locationId") String locationId,
            @QueryParam("date") String date,
            @QueryParam("status") List<String> status,
            @Context HttpServerRequest http) {
        var parameters = new QueryParameters();
        if (locationId == null || locationId.isBlank()) {
            parameters.reject("locationId", "is required");
        }
        var day = parameters.date("date", date);
        var statuses = parameters.enums("status", status, AppointmentStatus.class);
        parameters.check();
        return frontDesk.day(locationId, day, statuses, staff.current(http));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AppointmentView recordOutcome(
            @PathParam("id") UUID id, @Context HttpServerRequest http, @Valid @NotNull AppointmentPatch patch) {
        return frontDesk.recordOutcome(id, patch, staff.current(http));
    }
}
