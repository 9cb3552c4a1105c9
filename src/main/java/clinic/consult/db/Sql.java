package clinic.consult.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Plain SQL for what entities say badly: a claim with {@code SKIP LOCKED}, an aggregate, a bulk insert or update, an
 * advisory lock. It runs on the connection of the current transaction, so it sees the same uncommitted rows as
 * Hibernate once those are flushed. A repository uses it for its own tables only. Hibernate's native queries would
 * flush the whole session before each statement; these run on its connection as they are.
 *
 * <p>Values bind in order: an {@link Instant} as {@code timestamptz} at UTC (the driver takes no Instant), an enum by
 * its name, a collection of UUIDs as a {@code uuid[]} (for {@code = any(?)}), a {@link #nullable} null as its type,
 * anything else as the driver binds it.
 */
@ApplicationScoped
public class Sql {

    private final EntityManager entityManager;

    Sql(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A value of a nullable column with the type it has when it is not null. A null bound without its type reaches
     * PostgreSQL untyped; a statement whose parameters change type from one execution to the next is parsed and
     * planned again each time (the driver cannot reuse its prepared form).
     */
    public static Object nullable(Object value, Class<?> type) {
        return value != null ? value : new Null(type);
    }

    /** A null of a known type, bound as the driver binds that type's values. */
    private record Null(Class<?> type) {

        void bind(PreparedStatement prepared, int index) throws SQLException {
            if (type == String.class || type.isEnum()) {
                // as the driver binds text: varchar, or untyped where the connection sends text untyped
                prepared.setNull(index, Types.VARCHAR);
            } else {
                prepared.setNull(index, Types.OTHER, databaseType());
            }
        }

        private String databaseType() {
            if (type == UUID.class) {
                return "uuid";
            } else if (type == Instant.class || type == OffsetDateTime.class) {
                return "timestamptz";
            } else if (type == Double.class) {
                return "float8";
            } else if (type == Integer.class) {
                return "int4";
            } else if (type == Long.class) {
                return "int8";
            } else if (type == Boolean.class) {
                return "bool";
            }
            throw new IllegalArgumentException("no database type for a null " + type.getName());
        }
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Runs an insert, update or delete; returns the rows it changed. */
    public int update(String statement, Object... values) {
        return session().doReturningWork(connection -> {
            try (var prepared = prepare(connection, statement, values)) {
                return prepared.executeUpdate();
            }
        });
    }

    /** Every row of a query (or of a statement with {@code RETURNING}), in the order the database gives them. */
    public <T> List<T> list(String query, Row<T> row, Object... values) {
        return session().doReturningWork(connection -> {
            try (var prepared = prepare(connection, query, values);
                    var rows = prepared.executeQuery()) {
                var read = new ArrayList<T>();
                while (rows.next()) {
                    read.add(row.read(rows));
                }
                return read;
            }
        });
    }

    /** The first row of a query, if there is one and it does not read as null (an aggregate over no rows). */
    public <T> Optional<T> first(String query, Row<T> row, Object... values) {
        return session().doReturningWork(connection -> {
            try (var prepared = prepare(connection, query, values);
                    var rows = prepared.executeQuery()) {
                return rows.next() ? Optional.ofNullable(row.read(rows)) : Optional.<T>empty();
            }
        });
    }

    /** A {@code timestamptz} column as an instant; null for null. */
    public static Instant instant(ResultSet row, int column) throws SQLException {
        var time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    /** A {@code uuid} column; null for null. */
    public static UUID uuid(ResultSet row, int column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] values) throws SQLException {
        var prepared = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Null typed) {
                    typed.bind(prepared, i + 1);
                } else {
                    prepared.setObject(i + 1, bindable(connection, values[i]));
                }
            }
            return prepared;
        } catch (SQLException | RuntimeException e) {
            prepared.close();
            throw e;
        }
    }

    private static Object bindable(Connection connection, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> values) {
            if (!values.stream().allMatch(UUID.class::isInstance)) {
                throw new IllegalArgumentException("only a collection of UUIDs binds as an array");
            }
            return connection.createArrayOf("uuid", values.toArray());
        }
        return value;
    }
}
