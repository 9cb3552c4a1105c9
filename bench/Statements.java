import java.sql.DriverManager;

/**
 * pg_stat_statements of one database, for bench/profile.sh: "reset" empties it; "report N" prints the statements
 * run since, per request (calls / N) and by total time. Run with the PostgreSQL driver on the class path:
 *   java -cp postgresql.jar bench/Statements.java jdbc:postgresql://localhost:15432/consult report 12345
 */
public class Statements {

    public static void main(String[] args) throws Exception {
        try (var connection = DriverManager.getConnection(args[0], "postgres", "bench");
                var statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            if (args[1].equals("reset")) {
                statement.execute("select pg_stat_statements_reset()");
                return;
            }
            double requests = Double.parseDouble(args[2]);
            var rows = statement.executeQuery(
                    "select calls, total_exec_time, query from pg_stat_statements"
                            + " where dbid = (select oid from pg_database where datname = current_database())"
                            + " order by total_exec_time desc limit 25");
            double calls = 0;
            double time = 0;
            System.out.printf("%9s %9s %9s  %s%n", "per req", "ms/call", "total ms", "statement");
            while (rows.next()) {
                calls += rows.getLong(1);
                time += rows.getDouble(2);
                var query = rows.getString(3).replaceAll("\\s+", " ");
                System.out.printf(
                        "%9.2f %9.3f %9.0f  %s%n",
                        rows.getLong(1) / requests,
                        rows.getDouble(2) / rows.getLong(1),
                        rows.getDouble(2),
                        query.length() > 150 ? query.substring(0, 150) + "..." : query);
            }
            System.out.printf("statements per request (top 25): %.2f, database time per request: %.3f ms%n",
                    calls / requests, time / requests);
        }
    }
}
