package clinic.consult.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/** A real PostgreSQL (zonky's binaries) that a test may stop and start again on the same port and data. */
public final class RestartablePostgres implements AutoCloseable {

    private final Path data;
    private final int port;
    private EmbeddedPostgres running;

    private RestartablePostgres(Path data, int port) {
        this.data = data;
        this.port = port;
    }

    public static RestartablePostgres start() {
        try {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            var database = new RestartablePostgres(Files.createTempDirectory("restartable-postgres"), port);
            database.up();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void up() {
        if (running != null) {
            return;
        }
        try {
            running = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server (fast shutdown: open connections are dropped, as in {@code pg_ctl stop -m fast}). */
    public synchronized void down() {
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        running = null;
    }

    public int port() {
        return port;
    }

    /** A data source for the test's own checks; valid while the server is up. */
    public synchronized DataSource dataSource() {
        return running.getPostgresDatabase();
    }

    @Override
    public void close() {
        down();
    }
}
