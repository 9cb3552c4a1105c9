package clinic.consult.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.transaction.xa.XAException;
import org.jboss.logging.Logger;

/**
 * Failures that say the database is away for a moment, not that the request or the job was wrong: no connection in
 * time, a connection refused, dropped or killed (a restart, a fail-over), a transient conflict. A request that meets
 * one is answered 503 with Retry-After; a scheduled job that meets one skips its run, and the outage is logged once
 * when it begins and once when it ends instead of a stack trace per job and run.
 */
@ApplicationScoped
public class DatabaseFaults {

    private static final Logger LOG = Logger.getLogger(DatabaseFaults.class);
    // Agroal's message when no pooled connection frees up in time (it has no SQLState of its own)
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";
    /**
     * Besides class 08 (connection exception): the server is shutting down, crashed or starting (57P01-57P03),
     * out of connections or memory (53xxx), a serialization failure or deadlock to retry (40001, 40P01), a lock or
     * statement time-out (55P03, 57014 is left out: a cancelled statement is ours).
     */
    private static final Set<String> TRANSIENT_STATES =
            Set.of("57P01", "57P02", "57P03", "53000", "53100", "53200", "53300", "40001", "40P01", "55P03");

    private final AtomicBoolean away = new AtomicBoolean();

    /**
     * Whether a request's or a job's failure is the database being away. Besides {@link #isTransient}: a transaction
     * the transaction manager could not commit ({@code RollbackException}, {@code HeuristicMixedException}) because
     * its connection failed during the commit. The manager logs that failure apart and throws without it, or with the
     * connection's {@code XAException}; a commit refused for a reason of the database's (a deferred constraint) is not
     * this.
     */
    public boolean isAway(Throwable failure) {
        return isTransient(failure) || lostAtCommit(failure);
    }

    private static boolean lostAtCommit(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RollbackException
                    || cause instanceof HeuristicMixedException
                    || cause instanceof HeuristicRollbackException) {
                return onlyTheConnection(cause.getCause());
            }
        }
        return false;
    }

    /** Whether nothing in a commit failure's causes is more than its connection failing. */
    private static boolean onlyTheConnection(Throwable reason) {
        for (var cause = reason; cause != null; cause = cause.getCause()) {
            boolean connection = cause instanceof XAException
                    || cause instanceof IOException
                    || (cause instanceof SQLException sql && (sql.getSQLState() == null || isTransient(sql)));
            if (!connection) {
                return false;
            }
        }
        return true;
    }

    /** Whether a failure is the database being away for a moment: the same request may succeed soon. */
    public static boolean isTransient(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                var state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || TRANSIENT_STATES.contains(state))) {
                    return true;
                }
                if (state == null && String.valueOf(sql.getMessage()).contains(ACQUISITION_TIMEOUT)) {
                    return true;
                }
            }
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs a scheduled job. While the database is away its runs are skipped with one WARN for the whole outage, and
     * one INFO when a job finds it back; any other failure is the job's own and goes on to the scheduler.
     */
    public void runJob(String job, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            if (!isAway(e)) {
                throw e;
            }
            if (away.compareAndSet(false, true)) {
                LOG.warnf(
                        "Database unreachable (found by job %s: %s); scheduled jobs skip their runs until it is back",
                        job, stateOf(e));
            }
            return;
        }
        if (away.compareAndSet(true, false)) {
            LOG.infof("Database reachable again (found by job %s); scheduled jobs run again", job);
        }
    }

    private static String stateOf(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return "SQLState " + sql.getSQLState();
            }
        }
        return failure.getClass().getSimpleName();
    }
}
