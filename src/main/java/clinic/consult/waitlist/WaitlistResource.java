package clinic.consult.waitlist;

import clinic.consult.http.ClientAddress;
import clinic.consult.http.RateLimited;
import clinic.consult.http.TokenFailures;
import clinic.consult.idempotency.IdempotencyService;
import clinic.consult.security.Roles;
import clinic.consult.security.StaffIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The waitlist: the person joins with their consultation request's lead token and reaches their entry with its token
 * ({@code X-Waitlist-Token}); staff join a lead of their locations and see each line.
 */
@Path("/api/v1/waitlist")
@Produces(MediaType.APPLICATION_JSON)
public class WaitlistResource {

    static final String TOKEN = "X-Waitlist-Token";

    private final WaitlistService waitlist;
    private final StaffIdentity staff;
    private final ClientAddress clientAddress;
    private final TokenFailures tokenFailures;

    WaitlistResource(
            WaitlistService waitlist, StaffIdentity staff, ClientAddress clientAddress, TokenFailures tokenFailures) {
        this.waitlist = waitlist;
        this.staff = staff;
        this.clientAddress = clientAddress;
        this.tokenFailures = tokenFailures;
    }

    @POST
    @PermitAll
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    public Response join(
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Context HttpServerRequest http,
            @Valid @NotNull WaitlistRequest request) {
        var caller = new WaitlistAccess.Caller(Optional.empty(), staff.ifStaff(http));
        return waitlist.join(idempotencyKey, request, caller).toResponse();
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public WaitlistLine line(
            @QueryParam("locationId") String locationId,
            @QueryParam("type") String type,
            @Context HttpServerRequest http) {
        return waitlist.line(locationId, type, staff.current(http));
    }

    @GET
    @Path("{id}")
    @PermitAll
    public WaitlistView get(
            @PathParam("id") UUID id, @HeaderParam(TOKEN) String token, @Context HttpServerRequest http) {
        var caller = caller(token, http);
        return withToken(caller, http, () -> waitlist.get(id, caller));
    }

    @POST
    @Path("{id}/leave")
    @PermitAll
    @RateLimited
    public WaitlistView leave(
            @PathParam("id") UUID id, @HeaderParam(TOKEN) String token, @Context HttpServerRequest http) {
        var caller = caller(token, http);
        return withToken(caller, http, () -> waitlist.leave(id, caller));
    }

    @POST
    @Path("{id}/accept")
    @PermitAll
    @RateLimited
    public Response accept(
            @PathParam("id") UUID id, @HeaderParam(TOKEN) String token, @Context HttpServerRequest http) {
        var caller = caller(token, http);
        var booked = withToken(caller, http, () -> waitlist.accept(id, caller));
        return Response.created(URI.create("/api/v1/appointments/" + booked.id()))
                .entity(booked)
                .build();
    }

    /** A token that opens nothing (a 404) counts against the client's budget of wrong tokens, as on every token route. */
    private <T> T withToken(WaitlistAccess.Caller caller, HttpServerRequest http, Supplier<T> operation) {
        if (caller.staff().isPresent() || caller.token().isEmpty()) {
            return operation.get();
        }
        return tokenFailures.counting(ClientAddress.budgetKey(clientAddress.of(http)), "waitlist", operation);
    }

    private WaitlistAccess.Caller caller(String token, HttpServerRequest http) {
        return new WaitlistAccess.Caller(Optional.ofNullable(token).filter(one -> !one.isBlank()), staff.ifStaff(http));
    }
}
