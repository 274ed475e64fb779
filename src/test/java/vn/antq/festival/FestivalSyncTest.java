package vn.antq.festival;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The incremental sync feed, as a phone uses it while the registry is being written. */
@QuarkusTest
class FestivalSyncTest {

    private static final String CHANGES = "/api/v1/festivals/changes";
    private static final String HA_TINH = "2025:42";
    private static final String HA_NOI = "2025:01";

    /** What the phone has received, in order. */
    record Received(String id, String change, Long version) {
    }

    @Test
    void concurrentWritersNeverMakeTheFeedMissOrRepeatAChange() throws Exception {
        String tag = Fixtures.tag();
        String organizer = FestivalResourceTest.organizer(tag);
        List<Received> received = Collections.synchronizedList(new ArrayList<>());
        String[] token = {drain(null, new ArrayList<>())};

        Map<String, String> expected = new ConcurrentHashMap<>(); // id -> "delete" or the live version
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            Future<?> reader = pool.submit(() -> {
                while (writing.get()) {
                    token[0] = drain(token[0], received);
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 4; i++) {
                        String title = "Đồng bộ " + tag + " " + writer + "-" + i;
                        String id = Fixtures.createFestival(Fixtures.festival(title, organizer, "2026-08-19", 18.36, 105.88));
                        Map<String, Object> changed = Fixtures.festival(title + " (đổi giờ)", organizer, "2026-08-20", 18.36, 105.88);
                        Api.admin().header("If-Match", "\"0\"").body(changed).put(FestivalResourceTest.PATH + "/" + id)
                                .then().statusCode(200);
                        if (i == 0) {
                            Api.admin().header("If-Match", "\"1\"").delete(FestivalResourceTest.PATH + "/" + id)
                                    .then().statusCode(204);
                            expected.put(id, "delete");
                        } else {
                            expected.put(id, "1");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            reader.get();
        } finally {
            pool.shutdownNow();
        }
        drain(token[0], received);

        // Never repeated: no (festival, change, version) reaches the phone twice.
        List<Received> ours = received.stream().filter(r -> expected.containsKey(r.id())).toList();
        assertThat(new HashSet<>(ours)).hasSameSizeAs(ours);
        // Never missed: replaying the feed gives the registry's final state of every festival.
        Map<String, String> replayed = new HashMap<>();
        for (Received r : ours) {
            replayed.put(r.id(), r.change().equals("delete") ? "delete" : String.valueOf(r.version()));
        }
        assertThat(replayed).isEqualTo(expected);
        assertThat(expected.values()).contains("delete", "1");
    }

    /** Where a festival ended: its 2025 province, year and version, or deleted. */
    record Final(String province, int year, long version, boolean deleted) {
    }

    @Test
    void everyScopeReplaysToItsFinalStateWithWritersSpreadOverProvinces() throws Exception {
        String tag = Fixtures.tag();
        String organizer = FestivalResourceTest.organizer(tag);
        List<Map<String, Object>> scopes = List.of(Map.of(), Map.of("unit", HA_TINH), Map.of("unit", HA_TINH, "year", 2026),
                Map.of("unit", HA_NOI));
        List<List<Received>> received = new ArrayList<>();
        String[] tokens = new String[scopes.size()];
        for (int s = 0; s < scopes.size(); s++) {
            received.add(Collections.synchronizedList(new ArrayList<>()));
            tokens[s] = drain(scopes.get(s), null, received.get(s));
        }
        Map<String, Final> finals = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(scopes.size() + 4);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int s = 0; s < scopes.size(); s++) {
                int scope = s;
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        tokens[scope] = drain(scopes.get(scope), tokens[scope], received.get(scope));
                    }
                    return null;
                }));
            }
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 3; i++) {
                        String title = "Phạm vi " + tag + " " + writer + "-" + i;
                        boolean startsInHaTinh = writer % 2 == 0;
                        String id = Fixtures.createFestival(festivalIn(startsInHaTinh, title, organizer, "2026-08-19"));
                        // Every festival moves to the other province.
                        Api.admin().header("If-Match", "\"0\"").body(festivalIn(!startsInHaTinh, title, organizer, "2026-08-19"))
                                .put(FestivalResourceTest.PATH + "/" + id).then().statusCode(200);
                        String province = startsInHaTinh ? "01" : "42";
                        if (i == 0) {
                            Api.admin().header("If-Match", "\"1\"").delete(FestivalResourceTest.PATH + "/" + id).then().statusCode(204);
                            finals.put(id, new Final(province, 2026, 1, true));
                        } else if (i == 1) {
                            // ...and then to the next year.
                            Api.admin().header("If-Match", "\"1\"").body(festivalIn(!startsInHaTinh, title, organizer, "2027-08-19"))
                                    .put(FestivalResourceTest.PATH + "/" + id).then().statusCode(200);
                            finals.put(id, new Final(province, 2027, 2, false));
                        } else {
                            finals.put(id, new Final(province, 2026, 1, false));
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
        assertEachScopeReplaysToItsFinalState(scopes, tokens, received, finals);
        // Moving out of a scope reached Hà Tĩnh's phones as a leave.
        assertThat(received.get(1).stream().filter(r -> finals.containsKey(r.id())).map(Received::change)).contains("leave");
    }

    @Test
    void aTokenServesOnlyItsOwnScope() {
        String token = drain(Map.of("unit", HA_TINH, "year", 2026), null, new ArrayList<>());
        Api.invalidRequest(null).queryParam("since", token).get(CHANGES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:antq:problem:sync-token-scope"))
                .body("errors[0].field", equalTo("since"));
        Api.anonymous().queryParam("since", token).queryParam("unit", HA_TINH).queryParam("year", 2027).get(CHANGES).then()
                .statusCode(400).body("type", equalTo("urn:antq:problem:sync-token-scope"));
        Api.anonymous().queryParam("since", token).queryParam("unit", HA_TINH).queryParam("year", 2026).get(CHANGES).then()
                .statusCode(200);
    }

    private static Map<String, Object> festivalIn(boolean haTinh, String title, String organizer, String date) {
        Map<String, Object> body = Fixtures.festival(title, organizer, date, 18.36, 105.88);
        if (!haTinh) {
            body.put("adminUnit", Fixtures.unit("2025", "00004"));
        }
        return body;
    }

    @Test
    void eachChangeKindAppearsOnceWithItsLatestState() {
        String tag = Fixtures.tag();
        String organizer = FestivalResourceTest.organizer(tag);
        String token = drain(null, new ArrayList<>());
        String kept = Fixtures.createFestival(Fixtures.festival("Giữ " + tag, organizer, "2026-08-19", 18.36, 105.88));
        String removed = Fixtures.createFestival(Fixtures.festival("Xóa " + tag, organizer, "2026-08-19", 18.36, 105.88));
        Api.admin().header("If-Match", "\"0\"").delete(FestivalResourceTest.PATH + "/" + removed).then().statusCode(204);

        Response page = Api.anonymous().queryParam("since", token).get(CHANGES).then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-cache"))
                .body("hasMore", equalTo(false))
                .body("items.id", hasItem(kept))
                .extract().response();
        List<Map<String, Object>> items = page.path("items");
        assertThat(items.stream().filter(i -> i.get("id").equals(removed)).toList())
                .singleElement().satisfies(i -> {
                    assertThat(i.get("change")).isEqualTo("delete");
                    assertThat(i.get("festival")).isNull();
                    assertThat(i.get("deletedAt")).isNotNull();
                });
        assertThat(items.stream().filter(i -> i.get("id").equals(kept)).toList())
                .singleElement().satisfies(i -> assertThat(i.get("change")).isEqualTo("upsert"));
        // Nothing new: the same position again yields nothing of ours.
        Api.anonymous().queryParam("since", page.<String>path("nextToken")).get(CHANGES).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(kept)));
    }

    @Test
    void pagesOfTheFeedFollowEachOtherWithoutGapsOrOverlap() {
        String tag = Fixtures.tag();
        String organizer = FestivalResourceTest.organizer(tag);
        String token = drain(null, new ArrayList<>());
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Fixtures.createFestival(Fixtures.festival("Trang " + i + " " + tag, organizer, "2026-08-19", 18.36, 105.88)));
        }
        List<String> seen = new ArrayList<>();
        boolean more = true;
        while (more) {
            Response page = Api.anonymous().queryParam("since", token).queryParam("limit", 2).get(CHANGES).then().statusCode(200)
                    .extract().response();
            seen.addAll(page.path("items.id"));
            token = page.path("nextToken");
            more = page.path("hasMore");
        }
        assertThat(seen.stream().filter(created::contains).toList()).containsExactlyElementsOf(created);
    }

    @Test
    void unknownAlteredOrExpiredTokensAnswer410() {
        Api.invalidRequest(null).queryParam("since", "not-a-token").get(CHANGES).then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("urn:antq:problem:sync-token-gone"));
        Api.anonymous().queryParam("since", token("v1:" + Long.MAX_VALUE / 2 + ":" + Instant.now().getEpochSecond()))
                .get(CHANGES).then().statusCode(410);
        long longAgo = Instant.now().minus(31, ChronoUnit.DAYS).getEpochSecond();
        Api.anonymous().queryParam("since", token("v1:1:" + longAgo)).get(CHANGES).then().statusCode(410)
                .body("detail", org.hamcrest.Matchers.containsString("expired"));
        Api.anonymous().queryParam("since", token("v9:1:" + Instant.now().getEpochSecond())).get(CHANGES).then().statusCode(410);
        Api.invalidRequest(null).queryParam("limit", 5000).get(CHANGES).then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    private static String token(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the feed from {@code token} to its end, recording what arrives; returns the new position. */
    private static String drain(String token, List<Received> into) {
        return drain(Map.of(), token, into);
    }

    /** The same, for a scope ({@code unit} and {@code year} query parameters; empty for the whole country). */
    /**
     * Reads each scope's feed to its end from its token, and checks that nothing was received twice and that,
     * replayed, it holds exactly the festivals that ended in the scope, at their last version.
     */
    static void assertEachScopeReplaysToItsFinalState(List<Map<String, Object>> scopes, String[] tokens,
                                                      List<List<Received>> received, Map<String, Final> finals) {
        for (int s = 0; s < scopes.size(); s++) {
            drain(scopes.get(s), tokens[s], received.get(s));
            Map<String, Object> scope = scopes.get(s);
            List<Received> ours = received.get(s).stream().filter(r -> finals.containsKey(r.id())).toList();
            assertThat(new HashSet<>(ours)).as("scope %s: nothing repeated", scope).hasSameSizeAs(ours);
            Map<String, Long> replayed = new HashMap<>();
            for (Received r : ours) {
                if (r.change().equals("upsert")) {
                    replayed.put(r.id(), r.version());
                } else {
                    replayed.remove(r.id());
                }
            }
            Map<String, Long> expected = new HashMap<>();
            finals.forEach((id, f) -> {
                boolean inUnit = !scope.containsKey("unit") || scope.get("unit").equals("2025:" + f.province());
                boolean inYear = !scope.containsKey("year") || scope.get("year").equals(f.year());
                if (!f.deleted() && inUnit && inYear) {
                    expected.put(id, f.version());
                }
            });
            assertThat(replayed).as("scope %s: replayed to its final state", scope).isEqualTo(expected);
        }
    }

    static String drain(Map<String, Object> scope, String token, List<Received> into) {
        boolean more = true;
        String position = token;
        while (more) {
            var request = Api.anonymous().queryParams(scope).queryParam("limit", 1000);
            if (position != null) {
                request.queryParam("since", position);
            }
            Response page = request.get(CHANGES).then().statusCode(200).extract().response();
            List<Map<String, Object>> items = page.path("items");
            for (Map<String, Object> item : items) {
                @SuppressWarnings("unchecked")
                Map<String, Object> festival = (Map<String, Object>) item.get("festival");
                Long version = festival == null ? null : ((Number) festival.get("version")).longValue();
                into.add(new Received((String) item.get("id"), (String) item.get("change"), version));
            }
            position = page.path("nextToken");
            more = page.path("hasMore");
        }
        return position;
    }

}
