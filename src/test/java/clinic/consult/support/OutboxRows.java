package clinic.consult.support;

import javax.sql.DataSource;

/** The outbox as the notification tests read it, straight from the table. */
public final class OutboxRows {

    private OutboxRows() {}

    /**
     * Sets aside what other tests left pending: the worker is off in tests, so their messages were never sent, and
     * they are not the next test's business.
     */
    public static void setAsideOthers(DataSource dataSource) {
        Seed.execute(
                dataSource,
                "UPDATE notifications SET status = 'SKIPPED', last_error = 'left by another test'"
                        + " WHERE status = 'PENDING'");
    }

    /** The id of a lead's message of a type. */
    public static String id(DataSource dataSource, String leadId, String type) {
        return column(dataSource, "id", leadId, type);
    }

    public static String status(DataSource dataSource, String leadId, String type) {
        return column(dataSource, "status", leadId, type);
    }

    public static String messageId(DataSource dataSource, String leadId, String type) {
        return column(dataSource, "message_id", leadId, type);
    }

    private static String column(DataSource dataSource, String column, String leadId, String type) {
        return Sql.single(
                dataSource,
                "select " + column + " from notifications where lead_id = ?::uuid and type = ?",
                leadId,
                type);
    }
}
