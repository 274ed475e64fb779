package vn.antq.schedule;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.antq.festival.FestivalWritten;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** When the schedule's kept copies go: after a committed write, never after a rolled-back one, and after any writer's change. */
@QuarkusTest
class ScheduleCacheTest {

    private static final String PATH = "/api/v1/festivals";
    /** The most a copy may outlive a change made elsewhere, on a busy test machine (the poll looks every 100 ms). */
    private static final long BOUND_MILLIS = 5000;

    @Inject
    ScheduleCache cache;
    @Inject
    Event<FestivalWritten> writes;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCommittedWriteDropsTheCopyAndARolledBackOneDoesNot() {
        String tag = Fixtures.tag();
        UUID id = UUID.fromString(Fixtures.createFestival(Fixtures.festival("Bản giữ " + tag, organizer(tag), "2038-08-19", 18.36, 105.88)));
        ScheduleCache.Copy kept = kept(id);

        QuarkusTransaction.begin();
        writes.fire(new FestivalWritten(id));
        QuarkusTransaction.rollback();
        assertThat(cache.festival(id)).isSameAs(kept);

        QuarkusTransaction.requiringNew().run(() -> writes.fire(new FestivalWritten(id)));
        assertThat(cache.festival(id)).isNull();
    }

    @Test
    void anEditorReadsTheirOwnWriteAtOnce() {
        String tag = Fixtures.tag();
        String organizer = organizer(tag);
        String id = Fixtures.createFestival(Fixtures.festival("Đọc lại " + tag, organizer, "2038-08-20", 18.36, 105.88));
        kept(UUID.fromString(id));
        Api.admin().header("If-Match", "\"0\"").body(Fixtures.festival("Đọc lại " + tag + " (đổi)", organizer, "2038-08-20", 18.36, 105.88))
                .put(PATH + "/" + id).then().statusCode(200);
        Api.anonymous().get(PATH + "/" + id).then().statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("Đọc lại " + tag + " (đổi)"));
    }

    /** Another replica's write, here straight in the database, reaches the kept festival at the poll's next look. */
    @Test
    void aWriteMadeInSqlReachesTheKeptFestival() throws Exception {
        String tag = Fixtures.tag();
        String id = Fixtures.createFestival(Fixtures.festival("Nơi khác " + tag, organizer(tag), "2038-08-21", 18.36, 105.88));
        kept(UUID.fromString(id));
        sql("UPDATE festival SET title = title || ' (nơi khác)', version = version + 1 WHERE id = ?", UUID.fromString(id));
        assertThat(titleWithin(id, "Nơi khác " + tag + " (nơi khác)")).isTrue();
    }

    /** A festival shows its organizers' names: an organization changed elsewhere drops the copies too. */
    @Test
    void aRenamedOrganizerReachesTheKeptFestival() throws Exception {
        String tag = Fixtures.tag();
        String organizer = organizer(tag);
        String id = Fixtures.createFestival(Fixtures.festival("Đổi tên " + tag, organizer, "2038-08-22", 18.36, 105.88));
        kept(UUID.fromString(id));
        sql("UPDATE organization SET name = name || ' (mới)', version = version + 1 WHERE id = ?", UUID.fromString(organizer));
        long deadline = System.currentTimeMillis() + BOUND_MILLIS;
        String name = null;
        while (System.currentTimeMillis() < deadline) {
            name = Api.anonymous().get(PATH + "/" + id).then().statusCode(200).extract().path("organizers[0].name");
            if (name.endsWith("(mới)")) {
                break;
            }
            Thread.sleep(ScheduleCache.POLL_MILLIS);
        }
        assertThat(name).endsWith("(mới)");
    }

    private boolean titleWithin(String id, String title) throws InterruptedException {
        long deadline = System.currentTimeMillis() + BOUND_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (title.equals(Api.anonymous().get(PATH + "/" + id).then().statusCode(200).extract().path("title"))) {
                return true;
            }
            Thread.sleep(ScheduleCache.POLL_MILLIS);
        }
        return false;
    }

    private void sql(String statement, UUID id) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(statement)) {
            update.setObject(1, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** The festival read until this replica keeps its copy (the poll's look at its creation may drop a first one). */
    private ScheduleCache.Copy kept(UUID id) {
        for (int look = 0; look < 100; look++) {
            Api.anonymous().get(PATH + "/" + id).then().statusCode(200);
            try {
                Thread.sleep(3L * ScheduleCache.POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            ScheduleCache.Copy copy = cache.festival(id);
            if (copy != null) {
                return copy;
            }
        }
        throw new IllegalStateException("the festival was never kept");
    }

    private static String organizer(String tag) {
        return Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh Hà Tĩnh " + tag, "police", "42"));
    }
}
