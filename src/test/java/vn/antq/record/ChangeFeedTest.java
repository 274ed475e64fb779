package vn.antq.record;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The change feed of every collection, checked once for all of them: concurrent writers create, change,
 * delete and move records out of the scope while a mirror reads the feed; replaying what it received
 * gives the registry's final state, nothing missed, no version received twice.
 */
@QuarkusTest
class ChangeFeedTest {

    /** Thanh Hóa (2025 province 38): takes in the legacy Thọ Xuân district where the records are written. */
    private static final String SCOPE = "2025:38";
    private static final String GONE = "gone";

    /** Where a record is written: inside the scope (Thọ Xuân, Thanh Hóa) or outside it (Ba Đình, Hà Nội). */
    enum Where {
        IN("395", "15493"), OUT("001", "00001");

        final String district;
        final String commune;

        Where(String district, String commune) {
            this.district = district;
            this.commune = commune;
        }
    }

    /** Records every collection's bodies refer to, made once. */
    record World(String lead, String coLead, String outsideIssuer, String program) {
    }

    /** A collection with a feed: where its records live and how to write one of them. */
    record Collection(String name, Function<World, String> path, String changes, Body body) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Body {
        Map<String, Object> of(World world, String label, Where where);
    }

    private static World world;

    static Stream<Collection> collections() {
        return Stream.of(
                new Collection("organizations", w -> "/api/v1/organizations", "/api/v1/organizations/changes",
                        (w, label, where) -> {
                            Map<String, Object> body = Fixtures.districtPolice("Công an " + label);
                            body.put("adminUnit", Fixtures.unit("legacy", where.district));
                            return body;
                        }),
                new Collection("programs", w -> "/api/v1/programs", "/api/v1/programs/changes",
                        (w, label, where) -> {
                            Map<String, Object> body = Fixtures.program("CTr-" + label, List.of(w.lead(), w.coLead()));
                            body.put("level", "district");
                            body.put("adminUnit", Fixtures.unit("legacy", where.district));
                            return body;
                        }),
                new Collection("coordination-agreements", w -> "/api/v1/coordination-agreements",
                        "/api/v1/coordination-agreements/changes",
                        (w, label, where) -> {
                            Map<String, Object> body = Fixtures.agreement("QC-" + label, w.program(), w.lead(), w.coLead());
                            body.put("adminUnit", Fixtures.unit("legacy", where.district));
                            return body;
                        }),
                new Collection("models", w -> "/api/v1/models", "/api/v1/models/changes",
                        (w, label, where) -> {
                            Map<String, Object> body = Fixtures.model("Mô hình " + label);
                            body.put("adminUnit", Fixtures.unit("legacy", where.district));
                            return body;
                        }),
                // Each point in a model of its own: the feed is under test, not writers contending for one model.
                new Collection("model-points", w -> "/api/v1/models/" + Fixtures.createModel(Fixtures.model("Mô hình điểm "
                        + Fixtures.tag())) + "/points", "/api/v1/models/points/changes",
                        (w, label, where) -> {
                            Map<String, Object> body = Fixtures.point("Điểm " + label, 2, 20);
                            body.put("adminUnit", Fixtures.unit("legacy", where.commune));
                            return body;
                        }),
                new Collection("awards", w -> "/api/v1/awards", "/api/v1/awards/changes",
                        (w, label, where) -> Fixtures.award("QĐ-" + label, where == Where.IN ? w.lead() : w.outsideIssuer(),
                                List.of(Fixtures.collective(w.coLead())))),
                new Collection("safety-assessments", w -> "/api/v1/safety-assessments", "/api/v1/safety-assessments/changes",
                        (w, label, where) -> {
                            Map<String, Object> body = new HashMap<>();
                            body.put("subjectKind", "residential_area");
                            body.put("year", 2018);
                            body.put("adminUnit", Fixtures.unit("legacy", where.commune));
                            body.put("areaName", "Thôn " + label);
                            body.put("attained", true);
                            return body;
                        }),
                new Collection("review-conferences", w -> "/api/v1/review-conferences", "/api/v1/review-conferences/changes",
                        (w, label, where) -> {
                            Map<String, Object> body = new HashMap<>();
                            body.put("kind", "annual");
                            body.put("heldOn", "2018-12-20");
                            body.put("level", "district");
                            body.put("adminUnit", Fixtures.unit("legacy", where.district));
                            body.put("title", "Hội nghị tổng kết năm 2018 " + label);
                            body.put("hostIds", List.of(w.lead()));
                            body.put("fromYear", 2018);
                            return body;
                        }),
                new Collection("campaigns", w -> "/api/v1/campaigns", "/api/v1/campaigns/changes",
                        (w, label, where) -> {
                            Map<String, Object> body = new HashMap<>();
                            body.put("kind", "movement_launch");
                            body.put("launchedOn", "2018-03-26");
                            body.put("level", "district");
                            body.put("adminUnit", Fixtures.unit("legacy", where.district));
                            body.put("title", "Phát động phong trào " + label);
                            body.put("organizerIds", List.of(w.lead()));
                            return body;
                        }),
                new Collection("documents", w -> "/api/v1/documents", "/api/v1/documents/changes",
                        (w, label, where) -> {
                            Map<String, Object> body = new HashMap<>();
                            body.put("number", label + "/QĐ");
                            body.put("kind", "decision");
                            body.put("issuedOn", "2018-03-26");
                            body.put("issuerIds", List.of(w.lead()));
                            body.put("summary", "Về việc khen thưởng " + label);
                            body.put("level", "district");
                            body.put("adminUnit", Fixtures.unit("legacy", where.district));
                            body.put("access", "internal");
                            return body;
                        }),
                new Collection("reporting-periods", w -> "/api/v1/reporting-periods", "/api/v1/reporting-periods/changes",
                        (w, label, where) -> {
                            Map<String, Object> body = new HashMap<>();
                            body.put("title", "Kỳ báo cáo năm 2018 " + label);
                            body.put("organizationId", w.lead());
                            body.put("kind", "annual");
                            body.put("fromYear", 2018);
                            body.put("toYear", 2018);
                            body.put("level", "commune");
                            body.put("era", "legacy");
                            body.put("adminUnit", Fixtures.unit("legacy", where.district));
                            body.put("indicators", List.of("mediation_teams"));
                            body.put("opensOn", "2018-11-01");
                            body.put("dueOn", "2018-12-15");
                            return body;
                        }),
                // Each report of a random commune and period of its district, so that writers rarely want the same one.
                new Collection("indicator-reports", w -> "/api/v1/indicator-reports", "/api/v1/indicator-reports/changes",
                        (w, label, where) -> Fixtures.indicatorReport(label, where.district)));
    }

    /** What the mirror received, in order. */
    private record Received(String id, String change, Long version) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void concurrentWritersNeverMakeTheFeedMissOrRepeatAChange(Collection collection) throws Exception {
        World w = world();
        String tag = Fixtures.tag();
        List<Received> scoped = Collections.synchronizedList(new ArrayList<>());
        List<Received> everywhere = Collections.synchronizedList(new ArrayList<>());
        String[] scopedToken = {drain(collection, SCOPE, null, new ArrayList<>())};
        String[] everywhereToken = {drain(collection, null, null, new ArrayList<>())};

        Map<String, String> expectedInScope = new ConcurrentHashMap<>();   // id -> live version, or gone
        Map<String, String> expectedEverywhere = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?> reader = pool.submit(() -> {
                while (writing.get()) {
                    scopedToken[0] = drain(collection, SCOPE, scopedToken[0], scoped);
                    everywhereToken[0] = drain(collection, null, everywhereToken[0], everywhere);
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < 3; writer++) {
                int wr = writer;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 3; i++) {
                        String label = tag + "-" + wr + "-" + i;
                        String base = collection.path().apply(w);
                        Response created = Api.admin().body(collection.body().of(w, label, Where.IN)).post(base)
                                .then().statusCode(201).extract().response();
                        String id = created.path("id");
                        String changed = Api.admin().header("If-Match", created.header("ETag"))
                                .body(collection.body().of(w, label + " đổi", Where.IN))
                                .put(base + "/" + id).then().statusCode(200).extract().header("ETag");
                        switch (i) {
                            case 0 -> {
                                Api.admin().header("If-Match", changed).delete(base + "/" + id).then().statusCode(204);
                                expectedInScope.put(id, GONE);
                                expectedEverywhere.put(id, GONE);
                            }
                            case 1 -> {
                                String moved = Api.admin().header("If-Match", changed)
                                        .body(collection.body().of(w, label + " dời", Where.OUT))
                                        .put(base + "/" + id).then().statusCode(200).extract().header("ETag");
                                expectedInScope.put(id, GONE);
                                expectedEverywhere.put(id, version(moved));
                            }
                            default -> {
                                expectedInScope.put(id, version(changed));
                                expectedEverywhere.put(id, version(changed));
                            }
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
        drain(collection, SCOPE, scopedToken[0], scoped);
        drain(collection, null, everywhereToken[0], everywhere);

        assertThat(replay(scoped, expectedInScope)).isEqualTo(expectedInScope);
        assertThat(replay(everywhere, expectedEverywhere)).isEqualTo(expectedEverywhere);
    }

    private static String version(String etag) {
        return etag.replace("\"", "");
    }

    /** The mirror's final copy of the records of {@code expected}, after checking that no entry came twice. */
    private static Map<String, String> replay(List<Received> received, Map<String, String> expected) {
        List<Received> ours = received.stream().filter(r -> expected.containsKey(r.id())).toList();
        assertThat(new HashSet<>(ours)).hasSameSizeAs(ours);
        Map<String, String> copy = new HashMap<>();
        for (Received r : ours) {
            if (r.change().equals("upsert") || r.change().equals("annul")) {
                copy.put(r.id(), String.valueOf(r.version()));
            } else {
                copy.put(r.id(), GONE);
            }
        }
        // A record created and removed before the mirror first saw it never reaches it: nothing to drop.
        expected.forEach((id, state) -> {
            if (state.equals(GONE)) {
                copy.putIfAbsent(id, GONE);
            }
        });
        return copy;
    }

    @Test
    void anAnnulledAwardIsATombstoneWithItsFinalState() {
        World w = world();
        String tag = Fixtures.tag();
        Collection awards = collections().filter(c -> c.name().equals("awards")).findFirst().orElseThrow();
        String token = drain(awards, SCOPE, null, new ArrayList<>());
        String id = Fixtures.createAward(awards.body().of(w, tag, Where.IN));
        Api.admin().header("If-Match", "\"0\"")
                .body(Map.of("decisionNumber", "HB-" + tag, "decidedOn", "2024-01-10", "reason", "Khen thưởng trùng"))
                .post("/api/v1/awards/" + id + "/annulment").then().statusCode(200);
        List<Received> received = new ArrayList<>();
        drain(awards, SCOPE, token, received);
        assertThat(received.stream().filter(r -> r.id().equals(id)).toList())
                .containsExactly(new Received(id, "annul", 1L));
    }

    @Test
    void aTokenBelongsToItsCollectionAndUnit() {
        Collection organizations = collections().findFirst().orElseThrow();
        String token = drain(organizations, SCOPE, null, new ArrayList<>());
        Api.invalidRequest(vn.antq.support.Tokens.admin()).queryParam("since", token).queryParam("unit", "2025:01")
                .get(organizations.changes()).then().statusCode(400).body("errors[0].field", equalTo("unit"));
        Api.invalidRequest(vn.antq.support.Tokens.admin()).queryParam("since", token).queryParam("unit", SCOPE)
                .get("/api/v1/programs/changes").then().statusCode(400).body("errors[0].field", equalTo("since"));
    }

    @Test
    void alteredForgedOrExpiredTokensAnswer410() {
        String changes = "/api/v1/organizations/changes";
        String token = drain(collections().findFirst().orElseThrow(), null, null, new ArrayList<>());
        byte[] raw = java.util.Base64.getUrlDecoder().decode(token);
        raw[5] ^= 1;
        String altered = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Api.invalidRequest(vn.antq.support.Tokens.admin()).queryParam("since", altered).get(changes).then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("urn:antq:problem:sync-token-gone"));
        Api.invalidRequest(vn.antq.support.Tokens.admin()).queryParam("since", "bm90LWEtdG9rZW4").get(changes).then().statusCode(410);

        byte[] key = ConfigProvider.getConfig().getValue("antq.changes.token-key", String.class).getBytes(StandardCharsets.UTF_8);
        String expired = new ChangeToken("organizations", "", 1, 0, Instant.now().minus(31, ChronoUnit.DAYS)).encode(key);
        Api.invalidRequest(vn.antq.support.Tokens.admin()).queryParam("since", expired).get(changes).then().statusCode(410)
                .body("detail", org.hamcrest.Matchers.containsString("expired"));
        String ahead = new ChangeToken("organizations", "", Long.MAX_VALUE / 2, 0, Instant.now()).encode(key);
        Api.invalidRequest(vn.antq.support.Tokens.admin()).queryParam("since", ahead).get(changes).then().statusCode(410);
        Api.invalidRequest(vn.antq.support.Tokens.admin()).queryParam("limit", 5000).queryParam("unit", "2025:999")
                .get(changes).then().statusCode(400);
    }

    @Test
    void aViewerReadsTheFeedsAndAnonymousCallersDoNot() {
        Api.anonymous().get("/api/v1/awards/changes").then().statusCode(401);
        Api.viewer().get("/api/v1/awards/changes").then().statusCode(200);
    }

    /** Reads the feed from {@code token} to its end, recording what arrives; returns the new position. */
    private static String drain(Collection collection, String unit, String token, List<Received> into) {
        boolean more = true;
        String position = token;
        while (more) {
            var request = Api.admin().queryParam("limit", 50);
            if (position != null) {
                request.queryParam("since", position);
            }
            if (unit != null) {
                request.queryParam("unit", unit);
            }
            Response page = request.get(collection.changes()).then().statusCode(200).extract().response();
            List<Map<String, Object>> items = page.path("items");
            for (Map<String, Object> item : items) {
                Number version = (Number) item.get("version");
                into.add(new Received((String) item.get("id"), (String) item.get("change"),
                        version == null ? null : version.longValue()));
            }
            position = page.path("nextToken");
            more = page.path("hasMore");
        }
        return position;
    }

    private static synchronized World world() {
        if (world == null) {
            String tag = Fixtures.tag();
            String lead = Fixtures.createOrganization(Fixtures.districtPolice("Công an huyện " + tag));
            Map<String, Object> front = Fixtures.districtPolice("Mặt trận huyện " + tag);
            front.put("type", "fatherland_front");
            String coLead = Fixtures.createOrganization(front);
            Map<String, Object> outside = Fixtures.districtPolice("Công an quận Ba Đình " + tag);
            outside.put("adminUnit", Fixtures.unit("legacy", Where.OUT.district));
            String outsideIssuer = Fixtures.createOrganization(outside);
            String program = Fixtures.createProgram(Fixtures.program("CTr-" + tag, List.of(lead, coLead)));
            world = new World(lead, coLead, outsideIssuer, program);
        }
        return world;
    }
}
