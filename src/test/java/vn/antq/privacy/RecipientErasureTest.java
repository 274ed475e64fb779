package vn.antq.privacy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Erasure and correction of an award recipient's personal data: the erased values are served nowhere, to
 * nobody (detail, list, history, change feed, statistics CSV); the counts and the medal-once rule survive
 * the erasure; a correction leaves no wrong value in the history; bad requests are named problems.
 */
@QuarkusTest
class RecipientErasureTest {

    private static final String AWARDS = "/api/v1/awards";
    private static final String BORN = "1978-04-12";
    private static final String ERASED = "[đã xóa]";

    private static String issuer(String tag) {
        return Fixtures.createOrganization(Fixtures.districtPolice("UBND huyện Thọ Xuân " + tag));
    }

    private static Map<String, Object> collective(String tag) {
        Map<String, Object> collective = new HashMap<>();
        collective.put("kind", "collective");
        collective.put("name", "Tổ tự quản thôn Xuân Lai " + tag);
        return collective;
    }

    private static Map<String, Object> medal(String number, String issuer, List<Map<String, Object>> recipients) {
        Map<String, Object> body = Fixtures.award(number, issuer, recipients);
        body.put("form", "commemorative_medal");
        body.put("occasion", Fixtures.occasion("festival", null, 2022));
        body.put("signedOn", "2022-08-19");
        return body;
    }

    private static List<Supplier<RequestSpecification>> everyReader() {
        return List.of(Api::admin, () -> Api.as(Tokens.editor("38")), Api::viewer, () -> Api.as(PersonalDataTest.scoped()));
    }

    private static String erase(String id, int index, String etag) {
        return Api.admin().header("If-Match", etag).post(AWARDS + "/" + id + "/recipients/" + index + "/erasure")
                .then().statusCode(200).extract().header("ETag");
    }

    @Test
    void erasedValuesAreServedNowhereToAnyoneAndTheCountsStay() {
        String tag = Fixtures.tag();
        String issuer = issuer(tag);
        String name = "Lê Thị Hoà " + tag;
        Map<String, Object> body = Fixtures.award("QĐ-ER-" + tag, issuer, List.of(collective(tag), Fixtures.individual(name, BORN)));
        String id = Fixtures.createAward(body);
        // A second state in the history: the date of birth changed.
        body.put("recipients", List.of(collective(tag), Fixtures.individual(name, "1978-04-13")));
        Api.admin().header("If-Match", "\"0\"").body(body).put(AWARDS + "/" + id).then().statusCode(200);
        String adminFeed = drain(Tokens.admin(), null, null);
        String viewerFeed = drain(Tokens.viewer(), null, null);
        String csvBefore = Api.viewer().get("/api/v1/statistics/awards.csv?year=2023").then().statusCode(200).extract().asString();

        Api.admin().header("If-Match", "\"1\"").post(AWARDS + "/" + id + "/recipients/1/erasure").then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("recipients[1].erased", equalTo(true))
                .body("recipients[1].name", equalTo(ERASED))
                .body("recipients[1].birthDate", nullValue())
                .body("recipients[1].gender", nullValue())
                .body("recipients[1].position", nullValue())
                .body("recipients[1].workUnit", nullValue())
                .body("recipients[0].name", equalTo("Tổ tự quản thôn Xuân Lai " + tag));

        for (Supplier<RequestSpecification> reader : everyReader()) {
            String detail = reader.get().get(AWARDS + "/" + id).then().statusCode(200)
                    .body("recipients", hasSize(2))
                    .body("recipients[1].erased", equalTo(true))
                    .body("recipients[1].name", equalTo(ERASED))
                    .extract().asString();
            assertNoPersonalData(detail, tag);
            String history = reader.get().get(AWARDS + "/" + id + "/history").then().statusCode(200)
                    .body("items", hasSize(3))
                    .body("items.action", equalTo(List.of("update", "update", "create")))
                    .body("items[0].operation", equalTo("erasure"))
                    .body("items[1]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("operation")))
                    .body("items[0].actor.subject", equalTo("test-admin"))
                    .extract().asString();
            assertNoPersonalData(history, tag);
            reader.get().queryParam("issuerId", issuer).get(AWARDS).then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].collectives", equalTo(1))
                    .body("items[0].individuals", equalTo(1));
        }
        for (String[] feed : List.of(new String[]{Tokens.admin(), adminFeed}, new String[]{Tokens.viewer(), viewerFeed})) {
            Map<String, Object> changes = new HashMap<>();
            List<String> kinds = new ArrayList<>();
            drain(feed[0], feed[1], changes, kinds);
            assertThat(kinds).containsExactly("upsert");
            Map<?, ?> recipient = (Map<?, ?>) ((List<?>) ((Map<?, ?>) changes.get(id)).get("recipients")).get(1);
            assertThat(recipient.get("erased")).isEqualTo(true);
            assertThat(recipient.get("name")).isEqualTo(ERASED);
            assertThat(recipient.get("birthDate")).isNull();
        }
        String csvAfter = Api.viewer().get("/api/v1/statistics/awards.csv?year=2023").then().statusCode(200).extract().asString();
        assertThat(csvAfter).isEqualTo(csvBefore);
        assertNoPersonalData(csvAfter, tag);
    }

    private static void assertNoPersonalData(String served, String tag) {
        assertThat(served).doesNotContain("fingerprint").doesNotContain("Hoà").doesNotContain("L. T. H.").doesNotContain(BORN).doesNotContain("1978-04-13")
                .doesNotContain("female").doesNotContain("Tổ trưởng tổ tự quản").doesNotContain("Thôn Xuân Lai");
    }

    @Test
    void theMedalOnceRuleStillKnowsAnErasedHolder() {
        String tag = Fixtures.tag();
        String issuer = issuer(tag);
        Map<String, Object> person = Fixtures.individual("Phạm Văn Tâm " + tag, BORN);
        Map<String, Object> first = medal("KNC-1-" + tag, issuer, List.of(Fixtures.individual("Đỗ Thị Lan " + tag, BORN), person));
        String id = Fixtures.createAward(first);
        String etag = erase(id, 1, "\"0\"");

        // The same person again, spelled without accents: still the same person.
        Api.admin().body(medal("KNC-2-" + tag, issuer, List.of(Fixtures.individual("pham van tam " + tag, BORN))))
                .post(AWARDS).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("KNC-1-" + tag));
        // Someone else is not refused.
        Api.admin().body(medal("KNC-3-" + tag, issuer, List.of(Fixtures.individual("Phạm Văn Tâm " + tag, "1980-01-01"))))
                .post(AWARDS).then().statusCode(201);

        // A replacement keeps the erased recipient, and with it the rule.
        Map<String, Object> kept = new HashMap<>();
        kept.put("kind", "individual");
        kept.put("erased", true);
        first.put("recipients", List.of(Fixtures.individual("Đỗ Thị Lan " + tag, BORN), kept));
        first.put("achievement", "Thành tích xuất sắc");
        Api.admin().header("If-Match", etag).body(first).put(AWARDS + "/" + id).then().statusCode(200)
                .body("recipients[1].erased", equalTo(true));
        Api.admin().body(medal("KNC-4-" + tag, issuer, List.of(person))).post(AWARDS).then().statusCode(409);
    }

    @Test
    void aReplacementMustKeepEachErasedRecipient() {
        String tag = Fixtures.tag();
        Map<String, Object> body = Fixtures.award("QĐ-KEEP-" + tag, issuer(tag),
                List.of(collective(tag), Fixtures.individual("Lê Văn Hùng " + tag, BORN)));
        String id = Fixtures.createAward(body);
        String etag = erase(id, 1, "\"0\"");
        // Dropping it, or naming it again as anyone, is refused.
        body.put("recipients", List.of(collective(tag)));
        Api.admin().header("If-Match", etag).body(body).put(AWARDS + "/" + id).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("recipients"));
        Map<String, Object> extra = new HashMap<>();
        extra.put("kind", "individual");
        extra.put("erased", true);
        body.put("recipients", List.of(collective(tag), extra, extra));
        Api.admin().header("If-Match", etag).body(body).put(AWARDS + "/" + id).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("recipients[2].erased"));
        Map<String, Object> fresh = Fixtures.award("QĐ-NEW-" + tag, issuer(tag), List.of(extra));
        Api.admin().body(fresh).post(AWARDS).then().statusCode(400).body("errors.field", containsInAnyOrder("recipients[0].erased"));
        Api.admin().get(AWARDS + "/" + id).then().header("ETag", equalTo(etag)).body("recipients[1].erased", equalTo(true));
    }

    @Test
    void twoErasuresAcrossAReorderAndAPatchLeaveNeitherPerson() {
        String tag = Fixtures.tag();
        Map<String, Object> body = Fixtures.award("QĐ-TWO-" + tag, issuer(tag), List.of(
                Fixtures.individual("Nguyễn Văn Khoa " + tag, BORN), collective(tag), Fixtures.individual("Hà Thị Mai " + tag, "1990-02-03")));
        String id = Fixtures.createAward(body);
        String etag = erase(id, 0, "\"0\"");
        // Reordered by a replacement that keeps the erased recipient, then patched.
        Map<String, Object> kept = new HashMap<>();
        kept.put("kind", "individual");
        kept.put("erased", true);
        body.put("recipients", List.of(Fixtures.individual("Hà Thị Mai " + tag, "1990-02-03"), collective(tag), kept));
        etag = Api.admin().header("If-Match", etag).body(body).put(AWARDS + "/" + id).then().statusCode(200)
                .body("recipients[2].erased", equalTo(true)).extract().header("ETag");
        etag = Api.admin().header("If-Match", etag).contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("signerTitle", "Phó Chủ tịch UBND huyện")).patch(AWARDS + "/" + id).then().statusCode(200)
                .body("recipients[2].erased", equalTo(true))
                .body("recipients[0].name", equalTo("Hà Thị Mai " + tag))
                .extract().header("ETag");
        erase(id, 0, etag);
        String history = Api.admin().get(AWARDS + "/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(5))
                .body("items.operation", equalTo(java.util.Arrays.asList("erasure", null, null, "erasure", null)))
                .extract().asString();
        assertThat(history).doesNotContain("Khoa").doesNotContain("Mai " + tag).doesNotContain(BORN).doesNotContain("1990-02-03")
                .doesNotContain("fingerprint");
        Api.viewer().queryParam("issuerId", body.get("issuerId")).get(AWARDS).then()
                .body("items[0].individuals", equalTo(2)).body("items[0].collectives", equalTo(1));
    }

    @Test
    void aCorrectionLeavesNoWrongValueInTheHistory() {
        String tag = Fixtures.tag();
        String wrong = "Lê Thị Hoa " + tag;
        String right = "Lê Thị Hoà " + tag;
        Map<String, Object> body = Fixtures.award("QĐ-CC-" + tag, issuer(tag),
                List.of(collective(tag), Fixtures.individual(wrong, "1978-12-04")));
        String id = Fixtures.createAward(body);
        body.put("achievement", "Thành tích xuất sắc");
        Api.admin().header("If-Match", "\"0\"").body(body).put(AWARDS + "/" + id).then().statusCode(200);

        Map<String, Object> correction = new HashMap<>();
        correction.put("name", right);
        correction.put("position", "Tổ trưởng");
        correction.put("gender", "female");
        correction.put("birthDate", BORN);
        String editor = Tokens.editor("38");
        Api.as(editor).header("If-Match", "\"1\"").body(correction).post(AWARDS + "/" + id + "/recipients/1/correction")
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("recipients[1].name", equalTo(right))
                .body("recipients[1].birthDate", equalTo(BORN))
                .body("recipients[1].position", equalTo("Tổ trưởng"))
                .body("recipients[1].workUnit", nullValue())
                .body("recipients[1].erased", equalTo(false));

        String history = Api.admin().get(AWARDS + "/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("update", "update", "create")))
                .body("items[0].operation", equalTo("correction"))
                .body("items[0].actor.subject", equalTo("test-editor"))
                .body("items[2].after.recipients[1].name", equalTo(right))
                .body("items[2].after.recipients[1].birthDate", equalTo(BORN))
                .extract().asString();
        assertThat(history).doesNotContain(wrong).doesNotContain("1978-12-04");
        // The corrected read in full is in the access log, as its operation.
        Api.admin().queryParam("recordId", id).queryParam("subject", "test-editor").get("/api/v1/personal-data-access")
                .then().statusCode(200)
                .body("items.operation", hasItem("POST /api/v1/awards/{id}/recipients/{index}/correction"));
    }

    @Test
    void aCorrectionKeepsTheMedalOnceRule() {
        String tag = Fixtures.tag();
        String issuer = issuer(tag);
        Fixtures.createAward(medal("KNC-A-" + tag, issuer, List.of(Fixtures.individual("Trần Văn Bình " + tag, BORN))));
        String id = Fixtures.createAward(medal("KNC-B-" + tag, issuer, List.of(Fixtures.individual("Trần Văn Minh " + tag, BORN))));
        Map<String, Object> correction = new HashMap<>();
        correction.put("name", "Trần Văn Bình " + tag);
        correction.put("birthDate", BORN);
        Api.admin().header("If-Match", "\"0\"").body(correction).post(AWARDS + "/" + id + "/recipients/0/correction")
                .then().statusCode(409);
        correction.remove("birthDate");
        Api.admin().header("If-Match", "\"0\"").body(correction).post(AWARDS + "/" + id + "/recipients/0/correction")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("birthDate"));
        Api.admin().get(AWARDS + "/" + id).then().header("ETag", equalTo("\"0\""))
                .body("recipients[0].name", equalTo("Trần Văn Minh " + tag));
    }

    @Test
    void badRequestsAreNamedProblems() {
        String tag = Fixtures.tag();
        String id = Fixtures.createAward(Fixtures.award("QĐ-BAD-" + tag, issuer(tag),
                List.of(collective(tag), Fixtures.individual("Vũ Văn Nam " + tag, BORN))));
        String erasure = AWARDS + "/" + id + "/recipients/1/erasure";
        Api.invalidRequest(Tokens.admin()).post(erasure).then().statusCode(428);
        Api.admin().header("If-Match", "\"5\"").post(erasure).then().statusCode(412);
        Api.admin().header("If-Match", "\"0\"").post(AWARDS + "/" + id + "/recipients/2/erasure").then().statusCode(404);
        Api.admin().header("If-Match", "\"0\"").post(AWARDS + "/" + java.util.UUID.randomUUID() + "/recipients/0/erasure")
                .then().statusCode(404);
        Api.invalidRequest(Tokens.admin()).header("If-Match", "\"0\"").post(AWARDS + "/" + id + "/recipients/x/erasure")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("index"));
        Api.invalidRequest(Tokens.admin()).header("If-Match", "\"0\"").post(AWARDS + "/" + id + "/recipients/-1/erasure")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("index"));
        Api.admin().header("If-Match", "\"0\"").post(AWARDS + "/" + id + "/recipients/0/erasure").then().statusCode(409);
        String etag = erase(id, 1, "\"0\"");
        Api.admin().header("If-Match", etag).post(erasure).then().statusCode(409);

        String correction = AWARDS + "/" + id + "/recipients/1/correction";
        Api.admin().header("If-Match", etag).body(Map.of("name", "Vũ Văn Nam")).post(correction).then().statusCode(409);
        Api.invalidRequest(Tokens.admin()).header("If-Match", etag).body(Map.of("position", "Tổ phó", "shoeSize", 42))
                .post(AWARDS + "/" + id + "/recipients/0/correction").then().statusCode(400);
        Api.invalidRequest(Tokens.admin()).header("If-Match", etag).body(Map.of("name", " ", "birthDate", "1978-02-30"))
                .post(AWARDS + "/" + id + "/recipients/0/correction").then().statusCode(400);
        Api.admin().get(AWARDS + "/" + id).then().header("ETag", equalTo(etag));
    }

    /** Reads the award feed to its end as {@code token}, keeping each award's latest state in {@code into}. */
    private static String drain(String token, String since, Map<String, Object> into) {
        return drain(token, since, into, null);
    }

    private static String drain(String token, String since, Map<String, Object> into, List<String> kinds) {
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
                if (kinds != null) {
                    items.forEach(item -> kinds.add((String) item.get("change")));
                }
            }
            position = page.path("nextToken");
            more = page.path("hasMore");
        }
        return position;
    }
}
