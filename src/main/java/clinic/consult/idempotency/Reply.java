package clinic.consult.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * What an operation answers. A replayed answer carries the JSON text stored with its key, so a retry gets exactly
 * the first response; a fresh one carries the object, written once by the REST layer.
 */
public record Reply(int status, Object body, URI location) {

    public static Reply created(Object body, URI location) {
        return new Reply(201, body, location);
    }

    public Response toResponse() {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .location(location)
                .entity(body)
                .build();
    }
}
