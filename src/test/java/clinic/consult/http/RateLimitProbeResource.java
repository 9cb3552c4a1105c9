package clinic.consult.http;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** A public write used only by the tests to drive the rate limiter on its own (not part of the API). */
@Path("/test/rate-limited")
public class RateLimitProbeResource {

    @POST
    @PermitAll
    @RateLimited
    public void accept() {}
}
