package clinic.consult.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants as plain JDBC binds them to {@code timestamptz}: with the UTC offset (the driver takes no Instant). */
public final class JdbcTimes {

    private JdbcTimes() {}

    /** The instant at UTC; null for null. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
