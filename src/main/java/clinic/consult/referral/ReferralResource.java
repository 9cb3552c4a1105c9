package clinic.consult.referral;

import clinic.consult.http.RateLimited;
import clinic.consult.idempotency.IdempotencyService;
import clinic.consult.idempotency.Reply;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "Invite a friend, relative or patient to a free consultation")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    static final String INVITE_SCOPE = "POST /api/v1/referrals";

    private final ReferralService referrals;
    private final IdempotencyService idempotency;
    private final StaffIdentity staff;

    ReferralResource(ReferralService referrals, IdempotencyService idempotency, StaffIdentity staff) {
        this.referrals = referrals;
        this.idempotency = idempotency;
        this.staff = staff;
    }

    @POST
    @PermitAll
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "inviteToConsultation",
            summary = "Invite someone to a free consultation",
            description = "Public. The invitee gets one invitation email and is never contacted otherwise. Inviting"
                    + " an address already invited in the last 30 days is accepted the same way and sends nothing."
                    + " Send an Idempotency-Key to retry safely.")
    @APIResponse(
            responseCode = "201",
            description = "Invitation recorded",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The referral (staff only)"),
            content = @Content(schema = @Schema(implementation = ReferralCreated.class)))
    public Response invite(
            @Parameter(description = "Any unique string per form submission; retries reuse it (24 hours)")
                    @HeaderParam(IdempotencyService.HEADER)
                    String idempotencyKey,
            @Valid @NotNull ReferralRequest request) {
        return idempotency
                .once(INVITE_SCOPE, idempotencyKey, request, () -> {
                    var created = referrals.invite(request);
                    return Reply.created(created, URI.create("/api/v1/referrals/" + created.code()));
                })
                .toResponse();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getReferral", summary = "Look up a referral code (staff)")
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralSummary.class)))
    public ReferralSummary get(
            @Parameter(example = "K7M2QX9TRA") @PathParam("code") String code, @Context HttpServerRequest http) {
        return referrals.get(code, staff.current(http));
    }
}
