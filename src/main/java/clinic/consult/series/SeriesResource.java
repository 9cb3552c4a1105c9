package clinic.consult.series;

import clinic.consult.idempotency.IdempotencyService;
import clinic.consult.security.Roles;
import clinic.consult.security.StaffIdentity;
import clinic.consult.slot.SeriesOptions;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * Treatment series for staff, as the IHE scheduling profile's {@code $find} and {@code $book} without the {@code $}, which
 * clients percent-encode.
 */
@Path("/api/v1/series")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class SeriesResource {

    private final SeriesFinder finder;
    private final SeriesService series;
    private final SeriesChanges changes;
    private final StaffIdentity staff;

    SeriesResource(SeriesFinder finder, SeriesService series, SeriesChanges changes, StaffIdentity staff) {
        this.finder = finder;
        this.series = series;
        this.changes = changes;
        this.staff = staff;
    }

    @POST
    @Path("find")
    @Consumes(MediaType.APPLICATION_JSON)
    public SeriesOptions find(@Context HttpServerRequest http, @Valid @NotNull SeriesSearchRequest request) {
        return finder.find(request, staff.current(http));
    }

    @POST
    @Path("book")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Context HttpServerRequest http,
            @Valid @NotNull SeriesBookRequest request) {
        return series.book(idempotencyKey, request, staff.current(http)).toResponse();
    }

    @GET
    @Path("{id}")
    public SeriesView get(@PathParam("id") UUID id, @Context HttpServerRequest http) {
        return series.get(id, staff.current(http));
    }

    @POST
    @Path("{id}/infusions/{position}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public SeriesView move(
            @PathParam("id") UUID id,
            @PathParam("position") int position,
            @Context HttpServerRequest http,
            @Valid @NotNull InfusionMove move) {
        return changes.move(id, position, move, staff.current(http));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public SeriesView cancel(@PathParam("id") UUID id, @Context HttpServerRequest http, @Valid SeriesCancel cancel) {
        return changes.cancel(id, cancel, staff.current(http));
    }
}
