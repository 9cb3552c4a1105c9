package clinic.consult.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFaultsTest {

    @Test
    void shouldTreatOnlyMissingConnectionsAsTheDatabaseBeingUnreachable() {
        var poolExhausted = new RuntimeException("could not prepare", new SQLException("Sorry, acquisition timeout!"));
        var connectionLost = new SQLException("An I/O error occurred", "08006");
        var duplicateKey = new RuntimeException(new SQLException("duplicate key value", "23505"));

        assertThat(DatabaseFaults.isTransient(poolExhausted)).isTrue();
        assertThat(DatabaseFaults.isTransient(connectionLost)).isTrue();
        assertThat(DatabaseFaults.isTransient(duplicateKey)).isFalse();
        assertThat(DatabaseFaults.isTransient(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void shouldTreatAServerShuttingDownOrOverloadedAndTransientConflictsAsTransient() {
        for (var state : new String[] {"57P01", "57P02", "57P03", "53300", "40001", "40P01", "55P03", "08001"}) {
            var failure = new RuntimeException(new RuntimeException(new SQLException("gone", state)));
            assertThat(DatabaseFaults.isTransient(failure)).as(state).isTrue();
        }
        assertThat(DatabaseFaults.isTransient(new RuntimeException(new ConnectException("refused"))))
                .isTrue();
        for (var state : new String[] {"23505", "23514", "42P01", "57014", "22001"}) {
            assertThat(DatabaseFaults.isTransient(new SQLException("ours", state)))
                    .as(state)
                    .isFalse();
        }
    }
}
