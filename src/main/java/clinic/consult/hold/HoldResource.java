package clinic.consult.hold;

import clinic.consult.http.ClientAddress;
import clinic.consult.http.RateLimited;
import clinic.consult.idempotency.IdempotencyService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

@Path("/api/v1/holds")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class HoldResource {

    private final HoldService holds;
    private final ClientAddress clientAddress;

    HoldResource(HoldService holds, ClientAddress clientAddress) {
        this.holds = holds;
        this.clientAddress = clientAddress;
    }

    @POST
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    public Response hold(
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Context HttpServerRequest http,
            @Valid @NotNull HoldRequest request) {
        var client = ClientAddress.budgetKey(clientAddress.of(http));
        return holds.hold(idempotencyKey, request, client).toResponse();
    }

    // nothing but a problem can come back, and a client generated from the contract accepts only that
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @DELETE
    @Path("{id}")
    @RateLimited
    public void release(@PathParam("id") UUID id) {
        holds.release(id);
    }
}
