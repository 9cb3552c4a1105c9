package clinic.consult.appointment;

import clinic.consult.http.ClientAddress;
import clinic.consult.http.QueryParameters;
import clinic.consult.http.RateLimited;
import clinic.consult.http.TokenFailures;
import clinic.consult.idempotency.IdempotencyService;
import clinic.consult.idempotency.Reply;
import clinic.consult.lead.intake.ClientInfo;
import clinic.consult.problem.NotFoundException;
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
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

@Path("/api/v1/appointments")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    static final String BOOK_SCOPE = "POST /api/v1/appointments";
    static final String MANAGE_TOKEN = "X-Manage-Token";

    private final AppointmentService appointments;
    private final IdempotencyService idempotency;
    private final StaffIdentity staff;
    private final ClientAddress clientAddress;
    private final TokenFailures tokenFailures;

    AppointmentResource(
            AppointmentService appointments,
            IdempotencyService idempotency,
            StaffIdentity staff,
            ClientAddress clientAddress,
            TokenFailures tokenFailures) {
        this.appointments = appointments;
        this.idempotency = idempotency;
        this.staff = staff;
        this.clientAddress = clientAddress;
        this.tokenFailures = tokenFailures;
    }

    @POST
    @PermitAll
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Context HttpServerRequest http,
            @Valid @NotNull AppointmentRequest request) {
        var client = new ClientInfo(clientAddress.of(http), http.getHeader(HttpHeaders.USER_AGENT));
        var caller = new AppointmentService.Caller(Optional.empty(), staff.ifStaff(http));
        Reply reply;
        try {
            reply = idempotency.once(BOOK_SCOPE, idempotencyKey, request, () -> {
                var booked = appointments.book(request, client, caller);
                return Reply.created(booked, URI.create("/api/v1/appointments/" + booked.id()))
                        .storing(booked.withoutToken());
            });
        } catch (InvalidLeadTokenException e) {
            tokenFailures.failed(ClientAddress.budgetKey(client.ip()), "lead");
            throw e;
        }
        if (reply.replayed() && reply.status() == 201) {
            // the first answer's token was never stored: a retry gets a new one, and the old one stops working
            var id = UUID.fromString(reply.location()
                    .getPath()
                    .substring(reply.location().getPath().lastIndexOf('/') + 1));
            return Reply.created(appointments.reissueManageToken(id), reply.location())
                    .toResponse();
        }
        return reply.toResponse();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public AppointmentView get(
            @PathParam("id") UUID id, @HeaderParam(MANAGE_TOKEN) String manageToken, @Context HttpServerRequest http) {
        var caller = caller(manageToken, http);
        return withToken(caller, http, () -> appointments.get(id, caller));
    }

    @POST
    @Path("{id}/reschedule")
    @PermitAll
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    public AppointmentView reschedule(
            @PathParam("id") UUID id,
            @HeaderParam(MANAGE_TOKEN) String manageToken,
            @Context HttpServerRequest http,
            @Valid @NotNull RescheduleRequest request) {
        var caller = caller(manageToken, http);
        return withToken(caller, http, () -> appointments.reschedule(id, request, caller));
    }

    @POST
    @Path("{id}/cancel")
    @PermitAll
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    public AppointmentView cancel(
            @PathParam("id") UUID id,
            @HeaderParam(MANAGE_TOKEN) String manageToken,
            @Context HttpServerRequest http,
            @Valid CancelRequest request) {
        var caller = caller(manageToken, http);
        return withToken(caller, http, () -> appointments.cancel(id, request, caller));
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
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
        return appointments.day(locationId, day, statuses, staff.current(http));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public AppointmentView recordOutcome(
            @PathParam("id") UUID id, @Context HttpServerRequest http, @Valid @NotNull AppointmentPatch patch) {
        return appointments.recordOutcome(id, patch, staff.current(http));
    }

    /**
     * Runs an operation of a manage token's holder: a token that opens nothing (a 404) counts against the client's
     * budget of wrong tokens, and is a 429 once that is spent. Staff are not counted.
     */
    private <T> T withToken(AppointmentService.Caller caller, HttpServerRequest http, Supplier<T> operation) {
        if (caller.staff().isPresent() || caller.manageToken().isEmpty()) {
            return operation.get();
        }
        try {
            return operation.get();
        } catch (NotFoundException e) {
            tokenFailures.failed(ClientAddress.budgetKey(clientAddress.of(http)), "manage");
            throw e;
        }
    }

    private AppointmentService.Caller caller(String manageToken, HttpServerRequest http) {
        return new AppointmentService.Caller(
                Optional.ofNullable(manageToken).filter(token -> !token.isBlank()), staff.ifStaff(http));
    }
}
