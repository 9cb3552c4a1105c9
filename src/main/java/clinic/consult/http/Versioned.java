package clinic.consult.http;

import jakarta.ws.rs.core.EntityTag;

/** A representation with the version it was read at, which becomes its {@code ETag}. */
public record Versioned<T>(T value, long version) {

    public EntityTag etag() {
        return new EntityTag(Long.toString(version));
    }
}
