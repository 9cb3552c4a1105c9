package clinic.consult.lead;

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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/leads")
@Tag(name = "Leads", description = "Consultation requests from the website and the app; the staff pipeline")
@Produces(MediaType.APPLICATION_JSON)
public class LeadResource {

    static final String INTAKE_SCOPE = "POST /api/v1/leads";

    private final LeadIntakeService intake;
    private final IdempotencyService idempotency;
    private final ClientAddress clientAddress;

    LeadResource(LeadIntakeService intake, IdempotencyService idempotency, ClientAddress clientAddress) {
        this.intake = intake;
        this.idempotency = idempotency;
        this.clientAddress = clientAddress;
    }

    @POST
    @PermitAll
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "submitLead",
            summary = "Request a free consultation",
            description = "Public. Routes the request to a location and stores it as a lead of its own. A request with"
                    + " the email or phone of an open lead is linked to it as a possible duplicate for staff to merge"
                    + " or split, and changes nothing of it; the answer (a new id, a leadToken for this request only)"
                    + " looks the same either way. Send an Idempotency-Key to retry safely.")
    @APIResponse(
            responseCode = "201",
            description = "Request received",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The lead (staff only)"),
            content = @Content(schema = @Schema(implementation = LeadReceipt.class)))
    @APIResponse(
            responseCode = "422",
            description = "Idempotency-Key already used with a different body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @Parameter(description = "Any unique string per form submission; retries reuse it (24 hours)")
                    @HeaderParam(IdempotencyService.HEADER)
                    String idempotencyKey,
            @Context HttpServerRequest http,
            @Valid @NotNull LeadRequest request) {
        var client = new ClientInfo(clientAddress.of(http), http.getHeader(HttpHeaders.USER_AGENT));
        return idempotency
                .once(INTAKE_SCOPE, idempotencyKey, request, () -> {
                    var receipt = intake.receive(request, client);
                    return Reply.created(receipt, URI.create("/api/v1/leads/" + receipt.id()));
                })
                .toResponse();
    }
}
