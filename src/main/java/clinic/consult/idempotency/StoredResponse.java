package clinic.consult.idempotency;

import java.net.URI;

/** A response as it was first sent, so that a retry gets exactly the same. */
public record StoredResponse(int status, String body, URI location) {}
