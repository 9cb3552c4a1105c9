package clinic.consult.availability;

import clinic.consult.http.ClientAddress;
import clinic.consult.http.RateLimited;
import clinic.consult.idempotency.IdempotencyService;
import clinic.consult.idempotency.Reply;
import clinic.consult.problem.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/holds")
@Tag(name = "Booking", description = "Holds and appointments")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class HoldResource {

    static final String HOLD_SCOPE = "POST /api/v1/holds";

    private final HoldService holds;
    private final IdempotencyService idempotency;
    private final ClientAddress clientAddress;

    HoldResource(HoldService holds, IdempotencyService idempotency, ClientAddress clientAddress) {
        this.holds = holds;
        this.idempotency = idempotency;
        this.clientAddress = clientAddress;
    }

    @POST
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "holdSlot",
            summary = "Keep a slot for a few minutes",
            description = "Public. The seat counts as taken until the hold expires, is released, or a booking with"
                    + " its id takes it over. One client may keep only a few holds at once (in all, and per location"
                    + " and day): beyond that a 429 too-many-holds with Retry-After. Send an Idempotency-Key to retry"
                    + " safely.")
    @APIResponse(
            responseCode = "201",
            description = "Held",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The hold, to release it"),
            content = @Content(schema = @Schema(implementation = HoldView.class)))
    @APIResponse(
            responseCode = "409",
            description = "slot-unavailable: every seat at that time is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "slot-not-bookable (reason: MISALIGNED, OUTSIDE_HOURS, CLOSED, PAST, TOO_SOON,"
                    + " BEYOND_HORIZON), or an Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response hold(
            @Parameter(description = "Any unique string per attempt; retries reuse it (24 hours)")
                    @HeaderParam(IdempotencyService.HEADER)
                    String idempotencyKey,
            @Context HttpServerRequest http,
            @Valid @NotNull HoldRequest request) {
        var client = ClientAddress.budgetKey(clientAddress.of(http));
        return idempotency
                .once(HOLD_SCOPE, idempotencyKey, request, () -> {
                    var hold = holds.hold(request, client);
                    return Reply.created(hold, URI.create("/api/v1/holds/" + hold.id()));
                })
                .toResponse();
    }

    @DELETE
    @Path("{id}")
    @RateLimited
    @Operation(operationId = "releaseHold", summary = "Give a held slot back")
    @APIResponse(responseCode = "204", description = "Released (also when it had expired or was released before)")
    public void release(@PathParam("id") UUID id) {
        holds.release(id);
    }
}
