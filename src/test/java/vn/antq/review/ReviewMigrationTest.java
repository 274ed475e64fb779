package vn.antq.review;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.antq.support.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V19 moves the reviews embedded in programs and agreements into review conferences. A database of its own is
 * migrated up to V18.1, given embedded reviews as the earlier versions stored them, then migrated on: every
 * review comes out as a conference with all it held, and the embedded tables are gone.
 */
class ReviewMigrationTest {

    private static final String OWNER_PASSWORD = System.getenv().getOrDefault("ANTQ_MIGRATION_PASSWORD", "antq_owner");

    private static Flyway flyway(String url, String target) {
        return Flyway.configure()
                .dataSource(url, TestDatabase.OWNER, OWNER_PASSWORD)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", TestDatabase.APP))
                .target(target)
                .load();
    }

    @Test
    void everyEmbeddedReviewBecomesAConferenceWithNothingLost() throws SQLException {
        String url = TestDatabase.prepare(TestDatabase.NAME + "_migration", true);
        flyway(url, "18.1").migrate();
        try (Connection db = DriverManager.getConnection(url, TestDatabase.OWNER, OWNER_PASSWORD);
             Statement sql = db.createStatement()) {
            sql.execute("""
                    INSERT INTO organization (id, name, type, level, unit_era, unit_code, created_at, updated_at) VALUES
                      ('a0000000-0000-4000-8000-000000000101', 'Công an huyện Thọ Xuân', 'police', 'district', 'legacy', '395', now(), now()),
                      ('a0000000-0000-4000-8000-000000000001', 'Bộ Công an', 'police', 'central', NULL, NULL, now(), now());
                    INSERT INTO program (id, code, title, level, status, signed_on, period_start, unit_era, unit_code,
                                         created_at, updated_at, deleted_at) VALUES
                      ('b0000000-0000-4000-8000-000000000009', '09/CTr-BCA-MTTW', 'Chương trình 09', 'central', 'active',
                       '2013-08-01', '2013-08-01', NULL, NULL, now(), now(), NULL),
                      ('b0000000-0000-4000-8000-000000000017', '09-HB', 'Chương trình 09 tỉnh Hòa Bình', 'province', 'completed',
                       '2013-09-01', '2013-09-01', 'legacy', '17', now(), now(), '2024-01-02T03:04:05Z');
                    INSERT INTO coordination_agreement (id, program_id, number, title, signed_on, valid_from, unit_era, unit_code,
                                                        status, created_at, updated_at) VALUES
                      ('c0000000-0000-4000-8000-000000000395', 'b0000000-0000-4000-8000-000000000009', 'QC-TX', 'Quy chế Thọ Xuân',
                       '2013-08-01', '2013-08-01', 'legacy', '395', 'expired', now(), now());
                    INSERT INTO program_review (program_id, position, kind, held_on, host_organization_id, title, summary, figures) VALUES
                      ('b0000000-0000-4000-8000-000000000009', 0, 'annual', '2022-11-23', 'a0000000-0000-4000-8000-000000000001',
                       'Tổng kết Ngày hội 2022', 'Trực tuyến, 63 điểm cầu.',
                       '[{"name": "Kỷ niệm chương", "value": 4346, "unit": "kỷ niệm chương"}, {"name": "Bằng khen", "value": 165, "unit": null}]'),
                      ('b0000000-0000-4000-8000-000000000009', 1, 'interim', '2018-06-30', NULL, 'Sơ kết 5 năm', NULL, '[]'),
                      ('b0000000-0000-4000-8000-000000000017', 0, 'final', '2023-06-09', NULL, 'Tổng kết 10 năm Hòa Bình', 'Tỷ lệ tái phạm',
                       '[{"name": "Tỷ lệ tái phạm", "value": 7.39, "unit": "%"}]');
                    INSERT INTO agreement_review (agreement_id, position, kind, held_on, host_organization_id, title, summary, figures) VALUES
                      ('c0000000-0000-4000-8000-000000000395', 0, 'final', '2023-05-10', 'a0000000-0000-4000-8000-000000000101',
                       'Tổng kết 10 năm Thọ Xuân', 'Tổ hòa giải', '[{"name": "Tổ hòa giải", "value": 274, "unit": "tổ"}]');
                    """);
            List<String> before = rows(sql, """
                    SELECT concat_ws(' | ', 'program', r.program_id, r.kind, r.held_on, r.host_organization_id, r.title, r.summary,
                                     r.figures::text, p.level, p.unit_era, p.unit_code, p.deleted_at)
                      FROM program_review r JOIN program p ON p.id = r.program_id
                    UNION ALL
                    SELECT concat_ws(' | ', 'agreement', r.agreement_id, r.kind, r.held_on, r.host_organization_id, r.title, r.summary,
                                     r.figures::text, 'district', a.unit_era, a.unit_code, a.deleted_at)
                      FROM agreement_review r JOIN coordination_agreement a ON a.id = r.agreement_id
                    ORDER BY 1""");
            assertThat(before).hasSize(4);

            flyway(url, "latest").migrate();

            List<String> after = rows(sql, """
                    SELECT concat_ws(' | ', CASE WHEN c.program_id IS NOT NULL THEN 'program' ELSE 'agreement' END,
                                     coalesce(c.program_id, c.agreement_id), c.kind, c.held_on, h.organization_id, c.title, c.summary,
                                     c.figures::text, c.level, c.unit_era, c.unit_code, c.deleted_at)
                      FROM review_conference c LEFT JOIN review_conference_host h ON h.conference_id = c.id AND h.position = 0
                    ORDER BY 1""");
            assertThat(after).isEqualTo(before);
            assertThat(rows(sql, "SELECT count(*)::text FROM review_conference_host")).containsExactly("2");
            assertThat(rows(sql, "SELECT to_regclass('program_review')::text IS NULL AND to_regclass('agreement_review')::text IS NULL"))
                    .containsExactly("t");
            // Each moved conference enters the change log once, as it is now: the deleted program's as deleted.
            assertThat(rows(sql, "SELECT action FROM record_change WHERE collection = 'review-conferences' ORDER BY action"))
                    .containsExactly("create", "create", "create", "delete");
            // Their history begins with the move: one event each, with the state they were moved with.
            assertThat(rows(sql, "SELECT count(*)::text FROM audit_event e JOIN review_conference c ON c.id = e.record_id"
                    + " WHERE e.collection = 'review-conferences' AND e.action = 'create'"
                    + " AND e.state_after -> 'figures' = c.figures AND e.state_after -> 'hosts' IS NOT NULL")).containsExactly("4");
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
