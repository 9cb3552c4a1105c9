package clinic.consult.support;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads the database directly, to check what the API stored. */
public final class Sql {

    private Sql() {}

    /** The first column of every row, as strings. */
    public static List<String> column(DataSource dataSource, String sql, Object... parameters) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            var values = new ArrayList<String>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String single(DataSource dataSource, String sql, Object... parameters) {
        var values = column(dataSource, sql, parameters);
        if (values.size() != 1) {
            throw new IllegalStateException("Expected one row, got " + values.size());
        }
        return values.get(0);
    }
}
