package clinic.consult.db;

import static clinic.consult.db.Sql.nullable;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SqlTest {

    @Inject
    Sql sql;

    @Test
    @TestTransaction
    void shouldKeepOnePreparedFormOfAStatementWhicheverOfItsNullableValuesAreNull() {
        sql.update("create temp table nullable_values (id uuid, name text, at timestamptz, miles float8, ok boolean,"
                + " n int4) on commit drop");
        var typed = "insert into nullable_values (id, name, at, miles, ok, n) values (?, ?, ?, ?, ?, ?) -- typed";
        var untyped = "insert into nullable_values (id, name, at, miles, ok, n) values (?, ?, ?, ?, ?, ?) -- untyped";
        for (int i = 0; i < 12; i++) {
            var values = valuesOrNulls(i);
            sql.update(
                    typed,
                    nullable(values[0], UUID.class),
                    nullable(values[1], String.class),
                    nullable(values[2], Instant.class),
                    nullable(values[3], Double.class),
                    nullable(values[4], Boolean.class),
                    nullable(values[5], Integer.class));
        }
        for (int i = 0; i < 12; i++) {
            sql.update(untyped, valuesOrNulls(i));
        }
        assertThat(sql.list("select count(*) from nullable_values", row -> row.getLong(1)))
                .containsExactly(24L);

        // the driver prepares a statement on the server at its fifth execution: the typed one is then run as one
        // prepared form for the eight executions left (each counted as a plan, custom or generic)
        assertThat(executionsOfEachPreparedForm("typed")).containsExactly(8L);
        // nulls without their type change the parameters' types, and the driver prepares the statement again
        assertThat(executionsOfEachPreparedForm("untyped")).isNotEqualTo(List.of(8L));
    }

    /** Values on even turns, nulls on odd ones. */
    private static Object[] valuesOrNulls(int turn) {
        return turn % 2 == 0
                ? new Object[] {UUID.randomUUID(), "a", Instant.now(), 1.5, true, 7}
                : new Object[] {null, null, null, null, null, null};
    }

    private List<Long> executionsOfEachPreparedForm(String marker) {
        return sql.list(
                "select generic_plans + custom_plans from pg_prepared_statements where statement like ?",
                row -> row.getLong(1),
                "insert into nullable_values % -- " + marker);
    }
}
