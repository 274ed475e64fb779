package vn.antq.festival;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.antq.festival.FestivalSyncTest.Final;
import vn.antq.festival.FestivalSyncTest.Received;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Festival writers of different provinces do not wait on one another, and the sync feed of every scope
 * still replays to that scope's final state, nothing missed and nothing repeated.
 */
@QuarkusTest
class FestivalWritersInParallelTest {

    private static final String PATH = FestivalResourceTest.PATH;
    /** Hà Nội, Thanh Hóa, Nghệ An, Hà Tĩnh, Đà Nẵng, Hồ Chí Minh City (2025 provinces). */
    private static final List<String> PROVINCES = List.of("01", "38", "40", "42", "48", "79");

    @Test
    void aWriterOfAnotherProvinceDoesNotWaitAndTheFeedWaitsForTheUnfinishedWriter() throws Exception {
        String tag = Fixtures.tag();
        String organizer = FestivalResourceTest.organizer(tag);
        String haTinh = Fixtures.createFestival(Fixtures.festival("Hà Tĩnh " + tag, organizer, "2026-08-19", 18.36, 105.88));
        List<Received> received = new ArrayList<>();
        String token = FestivalSyncTest.drain(Map.of(), null, received);

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection writer = connect()) {
            // A festival writer of Hà Tĩnh, its transaction left open (what a slow writer looks like).
            writer.setAutoCommit(false);
            try (PreparedStatement update = writer.prepareStatement(
                    "update festival set title = title || ' (sửa)', version = version + 1, updated_at = now() where id = ?")) {
                update.setObject(1, UUID.fromString(haTinh));
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            // A writer of Hà Nội goes through meanwhile: creates and then changes its festival.
            Future<String> haNoi = pool.submit(() -> {
                Map<String, Object> body = festivalIn(commune("01"), "Hà Nội " + tag, organizer, "2026-08-19");
                String id = Fixtures.createFestival(body);
                body.put("title", "Hà Nội " + tag + " (đổi tên)");
                Api.admin().header("If-Match", "\"0\"").body(body).put(PATH + "/" + id).then().statusCode(200);
                return id;
            });
            // Bounded only so that a writer that did wait fails the test instead of hanging it.
            String haNoiId = haNoi.get(120, TimeUnit.SECONDS);
            assertThat(writer.isClosed()).isFalse();

            // Hà Nội's change is committed, but the feed does not pass the open writer's position: it holds it back.
            List<Received> meanwhile = new ArrayList<>();
            String held = FestivalSyncTest.drain(Map.of(), token, meanwhile);
            assertThat(meanwhile).extracting(Received::id).doesNotContain(haNoiId, haTinh);
            assertThat(Api.anonymous().get(PATH + "/" + haNoiId).then().statusCode(200).extract().<String>path("title"))
                    .endsWith("(đổi tên)");

            // Read (and kept in memory) while the other writer is still open: the old title.
            assertThat(Api.anonymous().get(PATH + "/" + haTinh).then().statusCode(200).extract().<String>path("title"))
                    .doesNotEndWith("(sửa)");
            writer.commit();
            // The copy kept in memory is dropped once the change is seen (the service reads change positions
            // every 100 ms); bounded so that a change never seen fails instead of hanging.
            String title = "";
            for (int look = 0; look < 600 && !title.endsWith("(sửa)"); look++) {
                title = Api.anonymous().get(PATH + "/" + haTinh).then().statusCode(200).extract().path("title");
                if (!title.endsWith("(sửa)")) {
                    Thread.sleep(50);
                }
            }
            assertThat(title).endsWith("(sửa)");
            List<Received> after = new ArrayList<>();
            FestivalSyncTest.drain(Map.of(), held, after);
            assertThat(after).contains(new Received(haTinh, "upsert", 1L), new Received(haNoiId, "upsert", 1L));
            assertThat(after.stream().filter(r -> r.id().equals(haTinh) || r.id().equals(haNoiId)).toList()).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyScopeReplaysToItsFinalStateWithWritersInManyProvinces() throws Exception {
        String tag = Fixtures.tag();
        String organizer = FestivalResourceTest.organizer(tag);
        Map<String, String> communes = new HashMap<>();
        PROVINCES.forEach(p -> communes.put(p, commune(p)));
        List<Map<String, Object>> scopes = new ArrayList<>();
        scopes.add(Map.of());
        PROVINCES.forEach(p -> scopes.add(Map.of("unit", "2025:" + p)));
        scopes.add(Map.of("unit", "2025:42", "year", 2026));
        List<List<Received>> received = new ArrayList<>();
        String[] tokens = new String[scopes.size()];
        for (int s = 0; s < scopes.size(); s++) {
            received.add(Collections.synchronizedList(new ArrayList<>()));
            tokens[s] = FestivalSyncTest.drain(scopes.get(s), null, received.get(s));
        }
        Map<String, Final> finals = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(scopes.size() + PROVINCES.size());
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int s = 0; s < scopes.size(); s++) {
                int scope = s;
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        tokens[scope] = FestivalSyncTest.drain(scopes.get(scope), tokens[scope], received.get(scope));
                    }
                    return null;
                }));
            }
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < PROVINCES.size(); w++) {
                String home = PROVINCES.get(w);
                String next = PROVINCES.get((w + 1) % PROVINCES.size());
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 3; i++) {
                        String title = "Nhiều tỉnh " + tag + " " + home + "-" + i;
                        String id = Fixtures.createFestival(festivalIn(communes.get(home), title, organizer, "2026-08-19"));
                        if (i == 0) {
                            // Changed in place, then deleted.
                            Api.admin().header("If-Match", "\"0\"").body(festivalIn(communes.get(home), title + " (sửa)", organizer, "2026-08-20"))
                                    .put(PATH + "/" + id).then().statusCode(200);
                            Api.admin().header("If-Match", "\"1\"").delete(PATH + "/" + id).then().statusCode(204);
                            finals.put(id, new Final(home, 2026, 1, true));
                        } else if (i == 1) {
                            // Moved to the next province.
                            Api.admin().header("If-Match", "\"0\"").body(festivalIn(communes.get(next), title, organizer, "2026-08-19"))
                                    .put(PATH + "/" + id).then().statusCode(200);
                            finals.put(id, new Final(next, 2026, 1, false));
                        } else {
                            // Moved to the next year.
                            Api.admin().header("If-Match", "\"0\"").body(festivalIn(communes.get(home), title, organizer, "2027-08-19"))
                                    .put(PATH + "/" + id).then().statusCode(200);
                            finals.put(id, new Final(home, 2027, 1, false));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            pool.shutdownNow();
        }
        FestivalSyncTest.assertEachScopeReplaysToItsFinalState(scopes, tokens, received, finals);
        assertThat(finals).hasSize(3 * PROVINCES.size());
    }

    /** A 2025 commune of the province. */
    private static String commune(String province) {
        return Api.anonymous().queryParam("era", "2025").queryParam("level", "commune").queryParam("parent", "2025:" + province)
                .queryParam("limit", "1").get("/api/v1/admin-units").then().statusCode(200).extract().path("items[0].code");
    }

    private static Map<String, Object> festivalIn(String commune, String title, String organizer, String date) {
        Map<String, Object> body = Fixtures.festival(title, organizer, date, 18.36, 105.88);
        body.put("adminUnit", Fixtures.unit("2025", commune));
        return body;
    }

    /** A connection as the service's configured role, to the service's database: another writer. */
    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
