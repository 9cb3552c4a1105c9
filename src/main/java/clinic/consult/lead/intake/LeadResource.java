package clinic.consult.lead.intake;

import clinic.consult.contact.Language;
import clinic.consult.http.ClientAddress;
import clinic.consult.http.RateLimited;
import clinic.consult.idempotency.IdempotencyService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/leads")
@Produces(MediaType.APPLICATION_JSON)
public class LeadResource {

    private final LeadIntakeService intake;
    private final ClientAddress clientAddress;

    LeadResource(LeadIntakeService intake, ClientAddress clientAddress) {
        this.intake = intake;
        this.clientAddress = clientAddress;
    }

    @POST
    @PermitAll
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Context HttpServerRequest http,
            @Valid @NotNull LeadRequest request) {
        var client = new ClientInfo(
                clientAddress.of(http),
                http.getHeader(HttpHeaders.USER_AGENT),
                Language.fromAcceptLanguage(http.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        return intake.receive(idempotencyKey, request, client).toResponse();
    }
}
