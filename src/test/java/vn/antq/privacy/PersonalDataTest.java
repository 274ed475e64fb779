package vn.antq.privacy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Award recipients' personal data: reduced for callers without the right, in full for those with it, in the
 * award, its history and the change feed; every full read logged for admins, and nothing else logged.
 */
@QuarkusTest
class PersonalDataTest {

    private static final String AWARDS = "/api/v1/awards";
    private static final String LOG = "/api/v1/personal-data-access";
    private static final String BORN = "1978-04-12";

    /** An award of a Thọ Xuân (Thanh Hóa) issuer to a collective and an invented person. */
    private static String award(String tag) {
        String issuer = Fixtures.createOrganization(Fixtures.districtPolice("UBND huyện Thọ Xuân " + tag));
        Map<String, Object> collective = new HashMap<>();
        collective.put("kind", "collective");
        collective.put("name", "Tổ tự quản thôn Xuân Lai " + tag);
        return Fixtures.createAward(Fixtures.award("QĐ-PD-" + tag, issuer,
                List.of(collective, Fixtures.individual("Lê Thị Hoà " + tag, BORN))));
    }

    static String scoped() {
        return Tokens.sign(claims -> claims.claim("scope", "openid personal-data"), "viewer", List.of(), "/keys/test-signer.pem");
    }

    static String withRole() {
        return Tokens.sign(claims -> claims.claim("roles", List.of("viewer", "personal-data")), "viewer", List.of(),
                "/keys/test-signer.pem");
    }

    @Test
    void aViewerGetsTheRecipientReducedAndAnEditorOfTheAreaInFull() {
        String tag = Fixtures.tag();
        String id = award(tag);
        for (Supplier<RequestSpecification> reduced : List.<Supplier<RequestSpecification>>of(Api::viewer,
                () -> Api.as(Tokens.editor("01")))) {
            String body = reduced.get().get(AWARDS + "/" + id).then().statusCode(200)
                    .body("recipients[1].name", equalTo("L. T. H. " + tag))
                    .body("recipients[1].birthDate", nullValue())
                    .body("recipients[1].gender", nullValue())
                    .body("recipients[1].position", equalTo("Tổ trưởng tổ tự quản"))
                    .body("recipients[1].personalDataReduced", equalTo(true))
                    .body("recipients[0].name", equalTo("Tổ tự quản thôn Xuân Lai " + tag))
                    .body("recipients[0].personalDataReduced", equalTo(false))
                    .extract().asString();
            assertThat(body).doesNotContain(BORN).doesNotContain("Lê Thị Hoà");
        }
        for (Supplier<RequestSpecification> full : List.<Supplier<RequestSpecification>>of(Api::admin,
                () -> Api.as(Tokens.editor("38")), () -> Api.as(scoped()), () -> Api.as(withRole()))) {
            full.get().get(AWARDS + "/" + id).then().statusCode(200)
                    .body("recipients[1].name", equalTo("Lê Thị Hoà " + tag))
                    .body("recipients[1].birthDate", equalTo(BORN))
                    .body("recipients[1].gender", equalTo("female"))
                    .body("recipients[1].personalDataReduced", equalTo(false));
        }
    }

    @Test
    void theHistoryKeepsNoPersonalDataForAViewer() {
        String tag = Fixtures.tag();
        String id = award(tag);
        String issuer = Api.admin().get(AWARDS + "/" + id).then().extract().path("issuer.organizationId");
        Map<String, Object> collective = new HashMap<>();
        collective.put("kind", "collective");
        collective.put("name", "Tổ tự quản thôn Xuân Lai " + tag);
        // Only the person's date of birth changes.
        Map<String, Object> body = Fixtures.award("QĐ-PD-" + tag, issuer,
                List.of(collective, Fixtures.individual("Lê Thị Hoà " + tag, "1978-04-13")));
        Api.admin().header("If-Match", "\"0\"").body(body).put(AWARDS + "/" + id).then().statusCode(200);

        String reduced = Api.viewer().get(AWARDS + "/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].after.recipients[1].name", equalTo("L. T. H. " + tag))
                .body("items[0].after.recipients[1]", not(hasKey("birthDate")))
                .body("items[0].after.recipients[1]", not(hasKey("gender")))
                .extract().asString();
        assertThat(reduced).doesNotContain(BORN).doesNotContain("1978-04-13").doesNotContain("Lê Thị Hoà")
                .doesNotContain("female");
        // For the viewer nothing personal shows, so neither does the change of the date of birth.
        Api.viewer().get(AWARDS + "/" + id + "/history").then()
                .body("items[0].changes.field", not(hasItem("recipients")));

        Api.as(Tokens.editor("38")).get(AWARDS + "/" + id + "/history").then().statusCode(200)
                .body("items[0].after.recipients[1].birthDate", equalTo("1978-04-13"))
                .body("items[0].changes.field", hasItem("recipients"))
                .body("items[1].after.recipients[1].birthDate", equalTo(BORN));
    }

    @Test
    void theChangeFeedServesWhatGetServesToTheSameToken() {
        String viewerToken = drain(Tokens.viewer(), null, null);
        String editorToken = drain(Tokens.editor("38"), null, null);
        String tag = Fixtures.tag();
        String id = award(tag);
        Map<String, Object> seen = new HashMap<>();
        drain(Tokens.viewer(), viewerToken, seen);
        Map<?, ?> reduced = (Map<?, ?>) ((List<?>) ((Map<?, ?>) seen.get(id)).get("recipients")).get(1);
        assertThat(reduced.get("name")).isEqualTo("L. T. H. " + tag);
        assertThat(reduced.get("birthDate")).isNull();
        assertThat(reduced.get("gender")).isNull();
        seen.clear();
        drain(Tokens.editor("38"), editorToken, seen);
        Map<?, ?> full = (Map<?, ?>) ((List<?>) ((Map<?, ?>) seen.get(id)).get("recipients")).get(1);
        assertThat(full.get("birthDate")).isEqualTo(BORN);
        Api.admin().queryParam("recordId", id).queryParam("subject", "test-editor").get(LOG).then().statusCode(200)
                .body("items.operation", equalTo(List.of("GET /api/v1/awards/changes")));
    }

    @Test
    void everyFullReadIsLoggedAndNothingElse() {
        String tag = Fixtures.tag();
        String id = award(tag);
        String editor = Tokens.editor("38");
        Api.viewer().get(AWARDS + "/" + id).then().statusCode(200);
        Api.as(Tokens.editor("01")).get(AWARDS + "/" + id + "/history").then().statusCode(200);
        Api.as(editor).get(AWARDS + "/" + id).then().statusCode(200);
        Api.as(editor).header("If-None-Match", "\"0\"").get(AWARDS + "/" + id).then().statusCode(304);
        Api.as(editor).get(AWARDS + "/" + id + "/history").then().statusCode(200);
        Api.as(scoped()).get(AWARDS + "/" + id).then().statusCode(200);

        Response log = Api.admin().queryParam("recordId", id).get(LOG).then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.subject", everyItem(org.hamcrest.Matchers.oneOf("test-editor", "test-viewer")))
                .body("items.collection", everyItem(equalTo("awards")))
                .body("items.recordId", everyItem(equalTo(id)))
                .extract().response();
        // Newest first: the scoped viewer's read, the editor's history, the editor's read.
        assertThat(log.<List<String>>path("items.operation")).containsExactly("GET /api/v1/awards/{id}",
                "GET /api/v1/awards/{id}/history", "GET /api/v1/awards/{id}");
        assertThat(log.<List<String>>path("items.subject")).containsExactly("test-viewer", "test-editor", "test-editor");
        assertThat(log.<List<String>>path("items.client")).containsExactly("test-client-viewer", "test-client-editor",
                "test-client-editor");
        assertThat(log.asString()).doesNotContain(BORN).doesNotContain("Hoà");

        // By subject and period; paged.
        String first = log.path("items[2].accessedAt");
        Api.admin().queryParam("recordId", id).queryParam("subject", "test-editor").queryParam("from", first)
                .queryParam("limit", 1).get(LOG).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].operation", equalTo("GET /api/v1/awards/{id}/history"));
        Api.admin().queryParam("recordId", id).queryParam("to", first).get(LOG).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void onlyAdminsReadTheLog() {
        Api.invalidRequest(null).get(LOG).then().statusCode(401);
        Api.viewer().get(LOG).then().statusCode(403);
        Api.as(scoped()).get(LOG).then().statusCode(403);
        Api.as(Tokens.editor("38")).get(LOG).then().statusCode(403);
        Api.admin().queryParam("limit", 1).get(LOG).then().statusCode(200);
    }

    @Test
    void badFiltersAreNamed() {
        Api.invalidRequest(Tokens.admin()).queryParam("from", "yesterday").queryParam("recordId", "x")
                .queryParam("limit", 0).get(LOG).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("from", "recordId", "limit"));
        Api.admin().queryParam("from", "2026-02-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z").get(LOG)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("to"));
    }

    @Test
    void theRetentionPurgeKeepsRecentEntries() {
        String id = award(Fixtures.tag());
        Api.admin().get(AWARDS + "/" + id).then().statusCode(200);
        io.quarkus.arc.Arc.container().instance(PersonalDataAccessService.class).get().purge();
        Api.admin().queryParam("recordId", id).get(LOG).then().body("items", hasSize(1));
    }

    @Test
    void namesAreReducedToInitialsAndTheGivenName() {
        assertThat(ReducedName.of("Nguyễn Văn An")).isEqualTo("N. V. An");
        assertThat(ReducedName.of("  Đặng   thị  Mai ")).isEqualTo("Đ. T. Mai");
        assertThat(ReducedName.of("Hùng")).isEqualTo("Hùng");
        assertThat(ReducedName.of("Phạm Văn Khánh (tên minh họa)")).isEqualTo("P. V. Khánh (tên minh họa)");
        assertThat(ReducedName.of("Hùng (tên minh họa)")).isEqualTo("Hùng (tên minh họa)");
        assertThat(ReducedName.of(null)).isNull();
    }

    /** Reads the award feed to its end as {@code token}, keeping each award's latest state in {@code into}. */
    private static String drain(String token, String since, Map<String, Object> into) {
        String position = since;
        boolean more = true;
        while (more) {
            RequestSpecification request = Api.as(token).queryParam("limit", 1000);
            if (position != null) {
                request.queryParam("since", position);
            }
            Response page = request.get(AWARDS + "/changes").then().statusCode(200).extract().response();
            if (into != null) {
                List<Map<String, Object>> items = page.path("items");
                items.forEach(item -> into.put((String) item.get("id"), item.get("record")));
            }
            position = page.path("nextToken");
            more = page.path("hasMore");
        }
        return position;
    }
}
