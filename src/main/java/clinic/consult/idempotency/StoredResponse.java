package clinic.consult.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** A response as it was first sent, so that a retry gets exactly the same. */
public record StoredResponse(int status, String body, URI location) {

    public Response toResponse() {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .location(location)
                .entity(body)
                .build();
    }
}
