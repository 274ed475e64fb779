package vn.antq.operations;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.antq.support.Fixtures;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service's own database role (the one it is configured with) may read and write rows, and nothing
 * more: each attempt below is refused by PostgreSQL's privileges (42501), not by the service.
 */
@QuarkusTest
class LeastPrivilegeTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Test
    void theServiceRoleReadsAndWritesRows() throws SQLException {
        String id = Fixtures.createOrganization(Fixtures.central("Tổ chức " + Fixtures.tag(), "other"));
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("update organization set note = 'ghi chú' where id = '" + id + "'")).isEqualTo(1);
            try (ResultSet row = statement.executeQuery("select note from organization where id = '" + id + "'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("ghi chú");
            }
        }
    }

    @Test
    void cannotAlterATable() {
        assertRefused("alter table organization add column smuggled text");
    }

    @Test
    void cannotCreateATable() {
        assertRefused("create table smuggled (id int)");
    }

    @Test
    void cannotDropATable() {
        assertRefused("drop table audit_event");
    }

    @Test
    void cannotDisableTheAuditTrigger() {
        assertRefused("alter table organization disable trigger audit");
    }

    @Test
    void cannotDropTheTriggerThatKeepsAuditRowsImmutable() {
        assertRefused("drop trigger audit_event_immutable on audit_event");
    }

    @Test
    void cannotChangeAuditRows() {
        assertRefused("update audit_event set actor_subject = 'someone-else'");
    }

    /** The mark the owner's rewrite function sets (V100) opens nothing to the service's role. */
    @Test
    void cannotChangeAuditRowsEvenWithTheRewriteMark() {
        assertRefused("select set_config('antq.audit_rewrite', 'recipient', false); "
                + "update audit_event set actor_subject = 'someone-else'");
    }

    /** Only the narrow rewrite of one recipient is granted, not its general helper. */
    @Test
    void cannotCallTheStateRewriteHelper() {
        assertRefused("select award_recipient_state_rewrite('{}'::jsonb, array['x'], '{}'::jsonb)");
    }

    @Test
    void cannotDeleteAuditRows() {
        assertRefused("delete from audit_event");
    }

    @Test
    void cannotTruncateTheAuditTrail() {
        assertRefused("truncate audit_event");
    }

    @Test
    void cannotRewriteTheMigrationHistory() {
        assertRefused("delete from flyway_schema_history");
    }

    private static void assertRefused(String sql) {
        assertThatThrownBy(() -> {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }

    /** A connection as the service's configured role, to the service's database. */
    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
