package vn.antq.record;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.OwnDatabase;
import vn.antq.support.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pruning the change log leaves every feed answering as before: from scratch and from a token taken
 * before the pruned rows, in every scope. In a database of its own, so that no other test's webhook
 * subscription holds rows back and the rows left can be counted.
 */
@QuarkusTest
@TestProfile(ChangeLogPruningTest.OwnLog.class)
class ChangeLogPruningTest {

    /** Thanh Hóa (takes in the legacy Thọ Xuân district) and Hà Nội (takes in the legacy Ba Đình district). */
    private static final List<String> SCOPES = Arrays.asList(null, "2025:38", "2025:01");

    public static class OwnLog implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PruningDatabase.class));
        }
    }

    public static class PruningDatabase extends OwnDatabase {
        @Override
        protected String suffix() {
            return "pruning";
        }
    }

    record Entry(String id, String change, String changedAt, Long version) {
    }

    @Inject
    ChangeLogPruner pruner;

    @Test
    void prunedRowsChangeNoFeedFromScratchOrFromAnEarlierToken() throws Exception {
        String tag = Fixtures.tag();
        // In Thọ Xuân (Thanh Hóa): an issuer and its award decision.
        String issuer = Fixtures.createOrganization(Fixtures.districtPolice("Công an huyện " + tag));
        String award = Fixtures.createAward(Fixtures.award("01/QĐ-" + tag, issuer,
                List.of(Fixtures.individual("Nguyễn Thị Lan " + tag, "1979-03-08"))));
        await(() -> feed("awards", "2025:38", null), f -> f.stream().anyMatch(e -> e.id().equals(award)));
        String earlier = token("organizations", "2025:38", null);
        String earlierAward = token("awards", "2025:38", null);

        // Renamed twice where it is, then moved to Ba Đình (Hà Nội): its award moves with it.
        Map<String, Object> body = Fixtures.districtPolice("Công an huyện Thọ Xuân " + tag);
        replace(issuer, body);
        body.put("shortName", "CA Thọ Xuân");
        replace(issuer, body);
        body.put("adminUnit", Fixtures.unit("legacy", "001"));
        replace(issuer, body);

        List<Entry> movedIn = await(() -> feed("awards", "2025:01", null), f -> f.stream().anyMatch(e -> e.id().equals(award)));
        assertThat(movedIn).filteredOn(e -> e.id().equals(award)).extracting(Entry::change).containsExactly("upsert");
        // A mirror of Thanh Hóa that had it learns that it left; a new one never hears of it.
        assertThat(feed("awards", "2025:38", earlierAward)).filteredOn(e -> e.id().equals(award))
                .extracting(Entry::change).containsExactly("remove");
        assertThat(feed("awards", "2025:38", null)).extracting(Entry::id).doesNotContain(award);
        assertThat(rows("organizations", issuer)).isEqualTo(4);
        assertThat(rows("awards", award)).isEqualTo(2);

        Map<String, List<Entry>> before = everyFeed();
        List<Entry> fromTokenBefore = feed("organizations", "2025:38", earlier);
        List<Entry> awardsFromTokenBefore = feed("awards", "2025:38", earlierAward);

        int pruned = 0;
        for (int batch = pruner.pruneBatch(); batch > 0; batch = pruner.pruneBatch()) {
            pruned += batch;
        }

        // Creations and the renames in place went; the moves stay (they tell the old scope the record left).
        assertThat(rows("organizations", issuer)).isEqualTo(1);
        assertThat(rows("awards", award)).isEqualTo(1);
        assertThat(pruned).isEqualTo(4);
        assertThat(everyFeed()).isEqualTo(before);
        assertThat(feed("organizations", "2025:38", earlier)).isEqualTo(fromTokenBefore)
                .filteredOn(e -> e.id().equals(issuer)).extracting(Entry::change).containsExactly("remove");
        assertThat(feed("awards", "2025:38", earlierAward)).isEqualTo(awardsFromTokenBefore);
    }

    private static void replace(String id, Map<String, Object> body) {
        String path = "/api/v1/organizations/" + id;
        Api.admin().header("If-Match", Fixtures.etag(path)).body(body).put(path).then().statusCode(200);
    }

    private static Map<String, List<Entry>> everyFeed() {
        Map<String, List<Entry>> feeds = new HashMap<>();
        for (String collection : List.of("organizations", "awards")) {
            for (String scope : SCOPES) {
                feeds.put(collection + "@" + scope, feed(collection, scope, null));
            }
        }
        return feeds;
    }

    /** The whole feed of a collection in a scope, from {@code since} (null: from scratch). */
    private static List<Entry> feed(String collection, String unit, String since) {
        List<Entry> entries = new ArrayList<>();
        String position = since;
        boolean more = true;
        while (more) {
            Response page = request(unit, position).get("/api/v1/" + collection + "/changes").then().statusCode(200)
                    .extract().response();
            List<Map<String, Object>> items = page.path("items");
            for (Map<String, Object> item : items) {
                Number version = (Number) item.get("version");
                entries.add(new Entry((String) item.get("id"), (String) item.get("change"), (String) item.get("changedAt"),
                        version == null ? null : version.longValue()));
            }
            position = page.path("nextToken");
            more = page.path("hasMore");
        }
        return entries;
    }

    /** The token after the feed's current end. */
    private static String token(String collection, String unit, String since) {
        String position = since;
        boolean more = true;
        while (more) {
            Response page = request(unit, position).get("/api/v1/" + collection + "/changes").then().statusCode(200)
                    .extract().response();
            position = page.path("nextToken");
            more = page.path("hasMore");
        }
        return position;
    }

    private static RequestSpecification request(String unit, String since) {
        var request = Api.admin().queryParam("limit", 2);
        if (since != null) {
            request.queryParam("since", since);
        }
        if (unit != null) {
            request.queryParam("unit", unit);
        }
        return request;
    }

    /** The change log's rows of one record. */
    private static int rows(String collection, String id) throws SQLException {
        try (Connection connection = TestDatabase.superuser(TestDatabase.url(TestDatabase.NAME + "_pruning"));
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from record_change where collection = ? and record_id = ?::uuid")) {
            statement.setString(1, collection);
            statement.setString(2, id);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** What the feed answers once the writes above are below its horizon (a moment after they commit). */
    private static <T> T await(Supplier<T> read, Predicate<T> done) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            T value = read.get();
            if (done.test(value)) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the feed did not reach the expected state");
    }
}
