package clinic.consult.calendar;

import clinic.consult.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class CalendarFeedRepository {

    private static final String COLUMNS = "id, subject, location_ids, created_at, expires_at, revoked_at, last_read_at";

    private final Sql sql;

    CalendarFeedRepository(Sql sql) {
        this.sql = sql;
    }

    void insert(CalendarFeed feed, String keyHash) {
        sql.update(
                "insert into calendar_feeds (" + COLUMNS + ", key_hash) values (?, ?, ?, ?, ?, ?, ?, ?)",
                feed.id(),
                feed.subject(),
                feed.locationIds().map(ids -> ids.toArray(String[]::new)).orElse(null),
                feed.createdAt(),
                feed.expiresAt(),
                feed.revokedAt(),
                feed.lastReadAt(),
                keyHash);
    }

    /** Revokes every key of the subject not yet revoked; how many there were. */
    int revokeAllOf(String subject, Instant now) {
        return sql.update(
                "update calendar_feeds set revoked_at = ? where subject = ? and revoked_at is null", now, subject);
    }

    /** Revokes one key if it is live; whether it was. */
    boolean revoke(UUID id, Instant now) {
        return sql.update(
                        "update calendar_feeds set revoked_at = ? where id = ? and revoked_at is null"
                                + " and expires_at > ?",
                        now,
                        id,
                        now)
                == 1;
    }

    Optional<CalendarFeed> live(UUID id, Instant now) {
        return sql.first(
                "select " + COLUMNS + " from calendar_feeds where id = ? and revoked_at is null and expires_at > ?",
                CalendarFeedRepository::feed,
                id,
                now);
    }

    Optional<CalendarFeed> liveByKey(String keyHash, Instant now) {
        return sql.first(
                "select " + COLUMNS + " from calendar_feeds"
                        + " where key_hash = ? and revoked_at is null and expires_at > ?",
                CalendarFeedRepository::feed,
                keyHash,
                now);
    }

    /** Live keys, oldest first: every staff member's, or one subject's. */
    List<CalendarFeed> live(Optional<String> subject, Instant now) {
        if (subject.isPresent()) {
            return sql.list(
                    "select " + COLUMNS + " from calendar_feeds where subject = ? and revoked_at is null"
                            + " and expires_at > ? order by created_at, id",
                    CalendarFeedRepository::feed,
                    subject.get(),
                    now);
        }
        return sql.list(
                "select " + COLUMNS + " from calendar_feeds where revoked_at is null and expires_at > ?"
                        + " order by created_at, id",
                CalendarFeedRepository::feed,
                now);
    }

    void markRead(UUID id, Instant now) {
        sql.update("update calendar_feeds set last_read_at = ? where id = ?", now, id);
    }

    private static CalendarFeed feed(ResultSet row) throws SQLException {
        var locations = row.getArray(3);
        return new CalendarFeed(
                Sql.uuid(row, 1),
                row.getString(2),
                locations == null ? Optional.empty() : Optional.of(Arrays.asList((String[]) locations.getArray())),
                Sql.instant(row, 4),
                Sql.instant(row, 5),
                Sql.instant(row, 6),
                Sql.instant(row, 7));
    }
}
