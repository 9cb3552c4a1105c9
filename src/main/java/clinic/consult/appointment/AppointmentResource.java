package clinic.consult.appointment;

import clinic.consult.contact.Language;
import clinic.consult.http.ClientAddress;
import clinic.consult.http.RateLimited;
import clinic.consult.http.TokenFailures;
import clinic.consult.idempotency.IdempotencyService;
import clinic.consult.lead.intake.ClientInfo;
import clinic.consult.security.StaffIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

@Path("/api/v1/appointments")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    static final String MANAGE_TOKEN = "X-Manage-Token";

    private final BookingService bookings;
    private final AppointmentService appointments;
    private final StaffIdentity staff;
    private final ClientAddress clientAddress;
    private final TokenFailures tokenFailures;

    AppointmentResource(
            BookingService bookings,
            AppointmentService appointments,
            StaffIdentity staff,
            ClientAddress clientAddress,
            TokenFailures tokenFailures) {
        this.bookings = bookings;
        this.appointments = appointments;
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
        var client = new ClientInfo(
                clientAddress.of(http),
                http.getHeader(HttpHeaders.USER_AGENT),
                Language.fromAcceptLanguage(http.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        var caller = new Caller(Optional.empty(), staff.ifStaff(http));
        try {
            return bookings.book(idempotencyKey, request, client, caller).toResponse();
        } catch (InvalidLeadTokenException e) {
            tokenFailures.failed(ClientAddress.budgetKey(client.ip()), "lead");
            throw e;
        }
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

    /**
     * Runs an operation of a manage token's holder: a token that opens nothing (a 404) counts against the client's
     * budget of wrong tokens, and is a 429 once that is spent. Staff are not counted.
     */
    private <T> T withToken(Caller caller, HttpServerRequest http, Supplier<T> operation) {
        if (caller.staff().isPresent() || caller.manageToken().isEmpty()) {
            return operation.get();
        }
        return tokenFailures.counting(ClientAddress.budgetKey(clientAddress.of(http)), "manage", operation);
    }

    private Caller caller(String manageToken, HttpServerRequest http) {
        return new Caller(Optional.ofNullable(manageToken).filter(token -> !token.isBlank()), staff.ifStaff(http));
    }
}
