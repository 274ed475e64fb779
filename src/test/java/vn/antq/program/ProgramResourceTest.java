package vn.antq.program;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ProgramResourceTest {

    private static final String PATH = "/api/v1/programs";

    private static List<String> signatories(String tag) {
        return List.of(Fixtures.createOrganization(Fixtures.central("Bộ Công an " + tag, "police")),
                Fixtures.createOrganization(Fixtures.central("Ủy ban Trung ương MTTQ Việt Nam " + tag, "fatherland_front")));
    }

    @Test
    void createsAProgramWithSignatoriesAndReviewConferences() {
        String tag = Fixtures.tag();
        List<String> parties = signatories(tag);
        Map<String, Object> body = Fixtures.program("09/CTr-BCA-MTTW-" + tag, parties);
        body.put("summary", "Phối hợp thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc");
        body.put("reviews", List.of(Map.of("kind", "final", "heldOn", "2023-05-10", "hostOrganizationId", parties.get(0),
                "title", "Tổng kết 10 năm", "figures", List.of(Map.of("name", "Tổ hòa giải được thành lập", "value", 274, "unit", "tổ")))));
        String id = Api.admin().body(body).post(PATH).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("signatories.organizationId", equalTo(parties))
                .body("signatories[0].name", equalTo("Bộ Công an " + tag))
                .body("reviews[0].kind", equalTo("final"))
                .body("reviews[0].hostOrganizationName", equalTo("Bộ Công an " + tag))
                .body("reviews[0].figures[0].value", equalTo(274))
                .extract().path("id");
        Api.viewer().get(PATH + "/" + id).then().statusCode(200).body("reviews[0].figures[0].name", equalTo("Tổ hòa giải được thành lập"));
        Api.viewer().queryParam("q", "ctr-bca-mttw-" + tag).get(PATH).then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    @Test
    void aCodeIsTakenOnlyOnceAmongLivePrograms() {
        String tag = Fixtures.tag();
        List<String> parties = signatories(tag);
        String id = Fixtures.createProgram(Fixtures.program("CODE-" + tag, parties));
        Api.admin().body(Fixtures.program("CODE-" + tag, parties)).post(PATH).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("CODE-" + tag));
        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/" + id).then().statusCode(204);
        Fixtures.createProgram(Fixtures.program("CODE-" + tag, parties));
    }

    @Test
    void aLocalProgramImplementsAHigherLevelOne() {
        String tag = Fixtures.tag();
        List<String> parties = signatories(tag);
        String national = Fixtures.createProgram(Fixtures.program("NAT-" + tag, parties));
        Map<String, Object> provincial = Fixtures.program("TH-" + tag, parties);
        provincial.put("level", "province");
        provincial.put("adminUnit", Fixtures.unit("legacy", "38"));
        provincial.put("parentId", national);
        String child = Fixtures.createProgram(provincial);
        Api.viewer().queryParam("parentId", national).get(PATH).then().body("items.id", equalTo(List.of(child)));

        Map<String, Object> sameLevel = Fixtures.program("NAT2-" + tag, parties);
        sameLevel.put("parentId", national);
        Api.admin().body(sameLevel).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("parentId"));

        // The national program cannot be deleted while its implementation refers to it.
        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/" + national).then().statusCode(409)
                .body("detail", containsString("TH-" + tag));
        // Nor can a signatory organization.
        Api.admin().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + parties.get(0)).then().statusCode(409)
                .body("detail", containsString("program NAT-" + tag));
    }

    @Test
    void listsFilterBySignatoryStatusDatesAndUnit() {
        String tag = Fixtures.tag();
        List<String> parties = signatories(tag);
        String old = Fixtures.createProgram(Fixtures.program("OLD-" + tag, parties));
        Map<String, Object> recent = Fixtures.program("NEW-" + tag, List.of(parties.get(0)));
        recent.put("status", "draft");
        recent.put("signedOn", "2023-10-17");
        recent.put("periodStart", "2023-10-17");
        recent.remove("periodEnd");
        String newer = Fixtures.createProgram(recent);
        Map<String, Object> local = Fixtures.program("LOC-" + tag, parties);
        local.put("level", "province");
        local.put("adminUnit", Fixtures.unit("legacy", "38"));
        String provincial = Fixtures.createProgram(local);

        Api.viewer().queryParam("signatoryId", parties.get(1)).get(PATH).then().body("items.id", containsInAnyOrder(old, provincial));
        Api.viewer().queryParam("q", tag).queryParam("status", "draft").get(PATH).then().body("items.id", equalTo(List.of(newer)));
        Api.viewer().queryParam("q", tag).queryParam("signedFrom", "2020-01-01").get(PATH).then().body("items.id", equalTo(List.of(newer)));
        Api.viewer().queryParam("q", tag).queryParam("signedTo", "2020-01-01").get(PATH).then().body("items.id", containsInAnyOrder(old, provincial));
        Api.viewer().queryParam("q", tag).queryParam("activeOn", "2030-01-01").get(PATH).then().body("items.id", equalTo(List.of(newer)));
        Api.viewer().queryParam("q", tag).queryParam("unit", "2025:38").get(PATH).then().body("items.id", equalTo(List.of(provincial)));
        Api.viewer().queryParam("q", tag).queryParam("sort", "-code").get(PATH).then()
                .body("items.code", equalTo(List.of("OLD-" + tag, "NEW-" + tag, "LOC-" + tag)));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        String tag = Fixtures.tag();
        Map<String, Object> body = Fixtures.program("BAD-" + tag, List.of("6b3f2f36-1d0c-4c5e-9a63-000000000000"));
        body.put("periodEnd", "2010-01-01");
        body.put("title", "");
        body.put("reviews", List.of(Map.of("kind", "interim", "heldOn", "2018-11-29", "title", "Sơ kết",
                "hostOrganizationId", "6b3f2f36-1d0c-4c5e-9a63-000000000001")));
        Api.invalidRequest(Tokens.admin()).body(body).post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("title", "periodEnd", "signatoryIds[0]", "reviews[0].hostOrganizationId"));
        Api.viewer().queryParam("q", "BAD-" + tag).get(PATH).then().body("items", hasSize(0));

        Map<String, Object> village = Fixtures.program("VIL-" + tag, signatories(tag));
        village.put("level", "village");
        Api.invalidRequest(Tokens.admin()).body(village).post(PATH).then().statusCode(400).body("errors.field", hasItem("level"));
        Map<String, Object> unknownKind = Fixtures.program("KIND-" + tag, signatories(tag));
        unknownKind.put("reviews", List.of(Map.of("kind", "quarterly", "heldOn", "2018-11-29", "title", "Sơ kết")));
        Api.invalidRequest(Tokens.admin()).body(unknownKind).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("reviews[0].kind"));
    }

    @Test
    void everyBadQueryParameterIsNamedAtOnce() {
        Api.invalidRequest(Tokens.viewer()).queryParam("level", "village2").queryParam("signedFrom", "2025-13-01")
                .queryParam("parentId", "42").queryParam("unit", "38").queryParam("lineage", "true")
                .queryParam("q", "x".repeat(101)).queryParam("limit", "0").queryParam("sort", "colour").get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("level", "signedFrom", "parentId", "unit", "lineage", "q", "limit", "sort"))
                .body("detail", equalTo("8 fields are invalid."))
                .body("errors.find { it.field == 'signedFrom' }.message", equalTo("must be an ISO date such as 2025-07-01"))
                .body("errors.find { it.field == 'limit' }.message", equalTo("must be between 1 and 100"))
                .body("errors.find { it.field == 'q' }.message", equalTo("must be at most 100 characters"));
        // Path parameters keep their strict reading: an id that is no UUID names no program.
        Api.invalidRequest(Tokens.viewer()).get(PATH + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void replaceChangesSignatoriesAndReviews() {
        String tag = Fixtures.tag();
        List<String> parties = signatories(tag);
        String id = Fixtures.createProgram(Fixtures.program("REP-" + tag, parties));
        Map<String, Object> body = Fixtures.program("REP-" + tag, List.of(parties.get(1), parties.get(0)));
        body.put("status", "completed");
        Api.admin().header("If-Match", "\"0\"").body(body).put(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("signatories.organizationId", equalTo(List.of(parties.get(1), parties.get(0))))
                .body("status", equalTo("completed"));
    }
}
