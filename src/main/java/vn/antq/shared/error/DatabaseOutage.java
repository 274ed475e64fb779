package vn.antq.shared.error;

import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises failures that mean "the database cannot be reached right now" (down, restarting, failing
 * over, out of connections) as opposed to a fault of the request or of the service: those answer 503
 * with Retry-After, which a client may retry, and never 500.
 */
final class DatabaseOutage {

    /** How long a client should wait: a restart or a failover takes a few seconds. */
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * SQLSTATE classes and codes of an unreachable server: 08 connection exceptions (refused, broken),
     * 53300 too many connections, 57P01-57P03 administrator shutdown, crash shutdown, cannot connect now,
     * and 25006 a write refused as read-only: the server is no longer the primary (a failover demoted it),
     * so the write has to wait for the connection to the new one.
     */
    private static final Set<String> STATES = Set.of("25006", "53300", "57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    /**
     * Whether the failure, or one recorded with it, is an outage: a commit cut off by the server reaches the
     * REST layer as the transaction manager's RollbackException, with the driver's error only suppressed.
     */
    static boolean involvesOutage(Throwable failure) {
        if (isOutage(failure)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            for (Throwable cause = suppressed; cause != null; cause = cause.getCause()) {
                if (isOutage(cause)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable failure) {
        if (failure instanceof JDBCConnectionException || failure instanceof SQLTransientConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null) {
                return state.startsWith("08") || STATES.contains(state);
            }
            // The pool's own refusal when no connection could be had in time.
            String message = sql.getMessage();
            return message != null && message.contains("acquisition timeout");
        }
        return false;
    }
}
