package vn.antq.shared.error;

import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which database failures are an outage a client may retry (503), and which are not. */
class DatabaseOutageRecognitionTest {

    @Test
    void aWriteRefusedAsReadOnlyAfterAFailoverIsAnOutage() {
        SQLException readOnly = new SQLException("cannot execute INSERT in a read-only transaction", "25006");

        assertThat(DatabaseOutage.involvesOutage(readOnly)).isTrue();
    }

    @Test
    void aRefusedConnectionIsAnOutage() {
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:5432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));

        assertThat(DatabaseOutage.involvesOutage(refused)).isTrue();
    }

    @Test
    void noPrimaryAmongTheListedServersIsAnOutage() {
        PSQLException noPrimary = new PSQLException("Could not find a server with specified targetServerType: primary",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT);

        assertThat(DatabaseOutage.involvesOutage(noPrimary)).isTrue();
    }

    @Test
    void aServerShuttingDownIsAnOutage() {
        SQLException shutdown = new SQLException("terminating connection due to administrator command", "57P01");

        assertThat(DatabaseOutage.involvesOutage(shutdown)).isTrue();
    }

    @Test
    void aCommitCutOffByTheServerIsAnOutageThroughTheSuppressedDriverError() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new RuntimeException("commit failed",
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)));

        assertThat(DatabaseOutage.involvesOutage(rollback)).isTrue();
    }

    @Test
    void thePoolGivingUpWaitingForAConnectionIsAnOutage() {
        assertThat(DatabaseOutage.involvesOutage(new SQLException("Sorry, acquisition timeout!"))).isTrue();
    }

    @Test
    void aUniqueViolationIsNotAnOutage() {
        PSQLException duplicate = new PSQLException("duplicate key value violates unique constraint",
                PSQLState.UNIQUE_VIOLATION);

        assertThat(DatabaseOutage.involvesOutage(duplicate)).isFalse();
    }
}
