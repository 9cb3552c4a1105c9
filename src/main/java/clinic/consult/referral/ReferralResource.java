package clinic.consult.referral;

import clinic.consult.http.RateLimited;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final InvitationService invitations;
    private final ReferralService referrals;
    private final StaffIdentity staff;

    ReferralResource(InvitationService invitations, ReferralService referrals, StaffIdentity staff) {
        this.invitations = invitations;
        this.referrals = referrals;
        this.staff = staff;
    }

    @POST
    @PermitAll
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey, @Valid @NotNull ReferralRequest request) {
        return invitations.invite(idempotencyKey, request).toResponse();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public ReferralSummary get(@PathParam("code") String code, @Context HttpServerRequest http) {
        return referrals.get(code, staff.current(http));
    }
}
