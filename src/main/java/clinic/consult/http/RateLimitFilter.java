package clinic.consult.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** Applies the {@link RateLimiter} to operations marked {@link RateLimited}. */
@Provider
@RateLimited
public class RateLimitFilter implements ContainerRequestFilter {

    private final RateLimiter limiter;
    private final ClientAddress clientAddress;

    @Context
    HttpServerRequest request;

    RateLimitFilter(RateLimiter limiter, ClientAddress clientAddress) {
        this.limiter = limiter;
        this.clientAddress = clientAddress;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        limiter.admit(ClientAddress.budgetKey(clientAddress.of(request)));
    }
}
