package clinic.consult.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * What an operation answers. A fresh answer carries the object, written once by the REST layer; a replayed one
 * ({@code replayed}) carries the JSON text stored with its key. {@code stored} is what is kept for a replay: the
 * body itself, unless it holds a secret that must not sit in the database (then the operation stores a copy
 * without it and answers a replay afresh).
 */
public record Reply(int status, Object body, URI location, Object stored, boolean replayed) {

    public static Reply created(Object body, URI location) {
        return new Reply(201, body, location, body, false);
    }

    static Reply replay(int status, String storedJson, URI location) {
        return new Reply(status, storedJson, location, storedJson, true);
    }

    /** The same answer, keeping {@code stored} instead of the body for replays. */
    public Reply storing(Object stored) {
        return new Reply(status, body, location, stored, replayed);
    }

    public Response toResponse() {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .location(location)
                .entity(body)
                .build();
    }
}
