package vn.antq.schedule;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.antq.record.ChangeToken;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The streamed sync feed: long pages, pages of any size agreeing with them, and the tokens it reads. */
@QuarkusTest
class SyncFeedStreamTest {

    private static final String CHANGES = "/api/v1/festivals/changes";

    @Test
    void aLongPageIsWrittenWholeAndSmallPagesAgreeWithIt() throws Exception {
        String tag = Fixtures.tag();
        String organizer = Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh Hà Tĩnh " + tag, "police", "42"));
        String token = end(null);
        // More festivals than the feed fetches from the database at a time (250), by writers in parallel.
        List<String> created = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 70; i++) {
                        created.add(Fixtures.createFestival(Fixtures.festival("Dài " + tag + " " + writer + "-" + i, organizer,
                                "2039-08-19", 18.36, 105.88)));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> whole = read(token, 1000).stream().filter(created::contains).toList();
        assertThat(whole).hasSize(created.size()).doesNotHaveDuplicates();
        List<String> paged = read(token, 7).stream().filter(created::contains).toList();
        assertThat(paged).containsExactlyElementsOf(whole);
    }

    /** The feed writes its entries field by field: each shows the festival exactly as the schedule's list item does. */
    @Test
    void anEntryShowsTheFestivalAsTheScheduleDoes() {
        String tag = Fixtures.tag();
        String organizer = Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh Hà Tĩnh " + tag, "police", "42"));
        String token = end(null);
        // Quotes and a backslash to escape, whole-degree coordinates to write as numbers.
        Map<String, Object> body = Fixtures.festival("Giống \"" + tag + "\" \\ ", organizer, "2039-08-21", 18.0, 106.0);
        body.put("kind", "great_unity_day");
        body.put("activities", List.of(Map.of("kind", "sport"), Map.of("kind", "ceremony")));
        body.put("localArea", "Thôn Trung " + tag);
        String id = Fixtures.createFestival(body);
        Map<String, Object> unlocated = Fixtures.festival("Không tọa độ " + tag, organizer, "2039-08-22", 18.36, 105.88);
        @SuppressWarnings("unchecked")
        Map<String, Object> venue = (Map<String, Object>) unlocated.get("venue");
        venue.remove("latitude");
        venue.remove("longitude");
        String located = Fixtures.createFestival(unlocated);
        Response page = Api.anonymous().queryParam("since", token).queryParam("limit", 1000).get(CHANGES).then().statusCode(200)
                .extract().response();
        List<Map<String, Object>> items = page.path("items");
        List<Map<String, Object>> listed = Api.anonymous().queryParam("q", tag).get("/api/v1/festivals").then().statusCode(200)
                .extract().path("items");
        assertThat(listed).hasSize(2);
        for (Map<String, Object> item : listed) {
            assertThat(items.stream().filter(i -> i.get("id").equals(item.get("id"))).toList()).singleElement().satisfies(entry -> {
                assertThat(entry.get("change")).isEqualTo("upsert");
                assertThat(entry.get("festival")).isEqualTo(item);
                assertThat(entry).containsEntry("deletedAt", null);
            });
        }
        assertThat(listed.stream().map(i -> i.get("id")).toList()).contains(id, located);
    }

    @Test
    void itsTokensAreTheRecordFeedsSignedTokensOfItsOwnCollectionAndScope() {
        String token = end(null);
        assertThat(ChangeToken.isSigned(token)).isTrue();
        Api.anonymous().queryParam("since", token).get(CHANGES).then().statusCode(200).body("hasMore", equalTo(false));
        // Another collection's token is another scope's.
        String programs = Api.viewer().get("/api/v1/programs/changes").then().statusCode(200).extract().path("nextToken");
        Api.anonymous().queryParam("since", programs).get(CHANGES).then().statusCode(400)
                .body("type", equalTo("urn:antq:problem:sync-token-scope")).body("errors[0].field", equalTo("since"));
        // Altered: 410.
        char[] altered = token.toCharArray();
        altered[10] = altered[10] == 'A' ? 'B' : 'A';
        Api.anonymous().queryParam("since", new String(altered)).get(CHANGES).then().statusCode(410)
                .body("type", equalTo("urn:antq:problem:sync-token-gone"));
    }

    @Test
    void tokensOfEarlierReleasesStillServe() {
        long now = Instant.now().getEpochSecond();
        for (String raw : new String[]{"v1:0:" + now, "v3:0:0:" + now}) {
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            Api.anonymous().queryParam("since", token).queryParam("limit", 1).get(CHANGES).then().statusCode(200);
        }
    }

    /** The ids the feed gives from {@code token} to its end, in pages of {@code limit}. */
    private static List<String> read(String token, int limit) {
        List<String> ids = new ArrayList<>();
        String position = token;
        boolean more = true;
        while (more) {
            Response page = Api.anonymous().queryParam("since", position).queryParam("limit", limit).get(CHANGES).then()
                    .statusCode(200).extract().response();
            List<Map<String, Object>> items = page.path("items");
            assertThat(items.size()).isLessThanOrEqualTo(limit);
            items.forEach(item -> ids.add((String) item.get("id")));
            position = page.path("nextToken");
            more = page.path("hasMore");
        }
        return ids;
    }

    /** The token at the feed's end now. */
    private static String end(String token) {
        String position = token;
        boolean more = true;
        while (more) {
            var request = Api.anonymous().queryParam("limit", 1000);
            if (position != null) {
                request.queryParam("since", position);
            }
            Response page = request.get(CHANGES).then().statusCode(200).extract().response();
            position = page.path("nextToken");
            more = page.path("hasMore");
        }
        return position;
    }
}
