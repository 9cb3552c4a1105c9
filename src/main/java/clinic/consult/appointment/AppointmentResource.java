package clinic.consult.appointment;

import clinic.consult.http.ClientAddress;
import clinic.consult.http.QueryParameters;
import clinic.consult.http.RateLimited;
import clinic.consult.http.TokenFailures;
import clinic.consult.idempotency.IdempotencyService;
import clinic.consult.idempotency.Reply;
import clinic.consult.lead.ClientInfo;
import clinic.consult.problem.NotFoundException;
import clinic.consult.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/appointments")
@Tag(name = "Booking")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    static final String BOOK_SCOPE = "POST /api/v1/appointments";
    static final String MANAGE_TOKEN = "X-Manage-Token";
    static final String MANAGE_TOKEN_SOURCE =
            "The booking answer's manageToken, or the token of the manage link in the appointment's emails";

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
    @Operation(
            operationId = "bookAppointment",
            summary = "Book a free consultation",
            description = "Public; staff may also book for an existing lead (leadId) with their bearer token. The"
                    + " lead moves to CONSULT_BOOKED. Send an Idempotency-Key to retry safely.")
    @APIResponse(
            responseCode = "201",
            description = "Booked",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The appointment"),
            content = @Content(schema = @Schema(implementation = AppointmentBooked.class)))
    @APIResponse(
            responseCode = "403",
            description = "leadId without a staff token, or a location outside the token's locations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "slot-unavailable: every seat is taken; or the lead cannot be booked (illegal-status-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "slot-not-bookable (reason: MISALIGNED, OUTSIDE_HOURS, CLOSED, PAST, TOO_SOON,"
                    + " BEYOND_HORIZON), or an Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response book(
            @Parameter(description = "Any unique string per attempt; retries reuse it (24 hours)")
                    @HeaderParam(IdempotencyService.HEADER)
                    String idempotencyKey,
            @Context HttpServerRequest http,
            @Valid @NotNull AppointmentRequest request) {
        var client = new ClientInfo(clientAddress.of(http), http.getHeader(HttpHeaders.USER_AGENT));
        var caller = new AppointmentService.Caller(Optional.empty(), staff.ifStaff(http));
        var budget = ClientAddress.budgetKey(client.ip());
        if (request.leadToken() != null) {
            tokenFailures.check(budget);
        }
        Reply reply;
        try {
            reply = idempotency.once(BOOK_SCOPE, idempotencyKey, request, () -> {
                var booked = appointments.book(request, client, caller);
                return Reply.created(booked, URI.create("/api/v1/appointments/" + booked.id()))
                        .storing(booked.withoutToken());
            });
        } catch (InvalidLeadTokenException e) {
            tokenFailures.failed(budget, "lead");
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
    @Operation(operationId = "getAppointment", summary = "An appointment, with its manage token or a staff token")
    @APIResponse(
            responseCode = "200",
            description = "The appointment",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    public AppointmentView get(
            @PathParam("id") UUID id,
            @Parameter(description = MANAGE_TOKEN_SOURCE) @HeaderParam(MANAGE_TOKEN) String manageToken,
            @Context HttpServerRequest http) {
        var caller = caller(manageToken, http);
        return withToken(caller, http, () -> appointments.get(id, caller));
    }

    @POST
    @Path("{id}/reschedule")
    @PermitAll
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "rescheduleAppointment",
            summary = "Move an appointment to another slot of the same location and type",
            description = "Atomic: the new time is taken and the old one freed in one transaction; on any error the"
                    + " appointment keeps its time.")
    @APIResponse(
            responseCode = "200",
            description = "The appointment at its new time",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(
            responseCode = "409",
            description = "slot-unavailable, or the appointment is no longer booked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "slot-not-bookable, with the reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AppointmentView reschedule(
            @PathParam("id") UUID id,
            @Parameter(description = MANAGE_TOKEN_SOURCE) @HeaderParam(MANAGE_TOKEN) String manageToken,
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
    @Operation(
            operationId = "cancelAppointment",
            summary = "Cancel an appointment",
            description = "The seat is free at once and the manage token stops working. The lead goes back to"
                    + " CONTACTED when it has no other upcoming consultation.")
    @APIResponse(
            responseCode = "200",
            description = "The cancelled appointment",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The appointment is no longer booked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AppointmentView cancel(
            @PathParam("id") UUID id,
            @Parameter(description = MANAGE_TOKEN_SOURCE) @HeaderParam(MANAGE_TOKEN) String manageToken,
            @Context HttpServerRequest http,
            @Valid CancelRequest request) {
        var caller = caller(manageToken, http);
        return withToken(caller, http, () -> appointments.cancel(id, request, caller));
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listAppointments", summary = "A location's appointments of one day (staff)")
    @APIResponse(
            responseCode = "200",
            description = "In order of start",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AppointmentView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such location, or not one of the token's locations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AppointmentView> day(
            @Parameter(required = true, example = "tustin") @QueryParam("locationId") String locationId,
            @Parameter(
                            description = "Local date at the location (default today)",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("date")
                    String date,
            @Parameter(
                            description =
                                    "Statuses, comma-separated (default all): BOOKED, CANCELLED, COMPLETED, NO_SHOW",
                            schema = @Schema(type = SchemaType.STRING, example = "BOOKED"))
                    @QueryParam("status")
                    List<String> status,
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
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "recordAppointmentOutcome",
            summary = "Mark a consultation completed or a no-show (staff)",
            description = "Once its start has passed. The lead follows: CONSULTED or NO_SHOW.")
    @APIResponse(
            responseCode = "200",
            description = "The appointment",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not booked, or not started yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AppointmentView recordOutcome(
            @PathParam("id") UUID id, @Context HttpServerRequest http, @Valid @NotNull AppointmentPatch patch) {
        return appointments.recordOutcome(id, patch, staff.current(http));
    }

    /**
     * Runs an operation of a manage token's holder: a client that sent too many wrong tokens is refused first, and a
     * token that opens nothing (a 404) counts against it. Staff are not counted.
     */
    private <T> T withToken(AppointmentService.Caller caller, HttpServerRequest http, Supplier<T> operation) {
        if (caller.staff().isPresent() || caller.manageToken().isEmpty()) {
            return operation.get();
        }
        var budget = ClientAddress.budgetKey(clientAddress.of(http));
        tokenFailures.check(budget);
        try {
            return operation.get();
        } catch (NotFoundException e) {
            tokenFailures.failed(budget, "manage");
            throw e;
        }
    }

    private AppointmentService.Caller caller(String manageToken, HttpServerRequest http) {
        return new AppointmentService.Caller(
                Optional.ofNullable(manageToken).filter(token -> !token.isBlank()), staff.ifStaff(http));
    }
}
