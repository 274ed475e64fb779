package vn.antq.review;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Review conferences as records: their fields and checks, areas, versions, history, lists, and the deprecated reviews. */
@QuarkusTest
class ReviewConferenceTest {

    private static final String PATH = "/api/v1/review-conferences";

    /** Thọ Xuân's 10-year review of 10/5/2023: hosted by the district police and the Front, reviewing their agreement. */
    private static Map<String, Object> thoXuanReview(String tag, String police, String front, String agreement) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "final");
        body.put("heldOn", "2023-05-10");
        body.put("level", "district");
        body.put("adminUnit", Fixtures.unit("legacy", "395"));
        body.put("title", "Hội nghị tổng kết 10 năm Chương trình 09 huyện Thọ Xuân " + tag);
        body.put("hostIds", List.of(police, front));
        body.put("format", "in_person");
        body.put("agreementId", agreement);
        body.put("fromYear", 2013);
        body.put("toYear", 2023);
        body.put("leaders", List.of("Phó Chủ tịch Thường trực UBMTTQ Việt Nam tỉnh Thanh Hóa"));
        body.put("summary", "MTTQ huyện thành lập 274 tổ hòa giải.");
        body.put("figures", List.of(Map.of("name", "Tổ hòa giải", "value", 274, "unit", "tổ")));
        return body;
    }

    private record World(String tag, String police, String front, String agreement) {
    }

    private static World world() {
        String tag = Fixtures.tag();
        String police = Fixtures.createOrganization(Fixtures.districtPolice("Công an huyện Thọ Xuân " + tag));
        Map<String, Object> frontBody = Fixtures.districtPolice("Ủy ban MTTQ huyện Thọ Xuân " + tag);
        frontBody.put("type", "fatherland_front");
        String front = Fixtures.createOrganization(frontBody);
        String program = Fixtures.createProgram(Fixtures.program("CTr-" + tag, List.of(police, front)));
        Map<String, Object> agreementBody = Fixtures.agreement("QC-" + tag, program, police, front);
        agreementBody.put("adminUnit", Fixtures.unit("legacy", "395"));
        String agreement = Fixtures.createAgreement(agreementBody);
        return new World(tag, police, front, agreement);
    }

    @Test
    void aConferenceIsWrittenUnderIfMatchAndKeepsItsHistory() {
        World w = world();
        Map<String, Object> body = thoXuanReview(w.tag(), w.police(), w.front(), w.agreement());
        String editor = Tokens.editor("38");
        Response created = Api.as(editor).body(body).post(PATH).then().statusCode(201)
                .body("hosts.name", equalTo(List.of("Công an huyện Thọ Xuân " + w.tag(), "Ủy ban MTTQ huyện Thọ Xuân " + w.tag())))
                .body("adminUnit.fullName", equalTo("Huyện Thọ Xuân"))
                .body("agreementId", equalTo(w.agreement()))
                .body("figures[0].value", equalTo(274))
                .body("leaders", hasSize(1))
                .body("bridgePoints", nullValue())
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        Api.viewer().header("If-None-Match", "\"0\"").get(PATH + "/" + id).then().statusCode(304);

        Map<String, Object> online = new HashMap<>(body);
        online.put("format", "both");
        online.put("bridgePoints", 18);
        Api.invalidRequest(editor).body(online).put(PATH + "/" + id).then().statusCode(428);
        Api.as(editor).header("If-Match", "\"0\"").body(online).put(PATH + "/" + id).then().statusCode(200)
                .body("bridgePoints", equalTo(18));
        // A second writer from the first version loses; a merge patch goes through the same checks.
        Api.as(editor).header("If-Match", "\"0\"").body(body).put(PATH + "/" + id).then().statusCode(412);
        Api.as(editor).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body(Map.of("format", "in_person")).patch(PATH + "/" + id).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("bridgePoints"));
        Api.as(editor).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body(Map.of("bridgePoints", 20)).patch(PATH + "/" + id).then().statusCode(200)
                .body("bridgePoints", equalTo(20)).body("hosts", hasSize(2)).body("format", equalTo("both"));

        Api.viewer().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("update", "update", "create")))
                .body("items[0].after.bridgePoints", equalTo(20))
                .body("items[2].after.hosts", equalTo(List.of(w.police(), w.front())));

        // The conference keeps its hosts and agreement from being deleted under it.
        Api.admin().header("If-Match", Fixtures.etag("/api/v1/organizations/" + w.front()))
                .delete("/api/v1/organizations/" + w.front()).then().statusCode(409)
                .body("detail", containsString("review conference"));
        Api.admin().header("If-Match", Fixtures.etag("/api/v1/coordination-agreements/" + w.agreement()))
                .delete("/api/v1/coordination-agreements/" + w.agreement()).then().statusCode(409)
                .body("detail", containsString(id));

        Api.as(editor).header("If-Match", "\"2\"").delete(PATH + "/" + id).then().statusCode(204);
        Api.viewer().get(PATH + "/" + id).then().statusCode(404);
        Api.admin().header("If-Match", Fixtures.etag("/api/v1/organizations/" + w.front()))
                .delete("/api/v1/organizations/" + w.front()).then().statusCode(409); // still a party of the agreement
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "final");
        body.put("heldOn", "2018-11-29");
        body.put("level", "district");
        body.put("adminUnit", Fixtures.unit("2025", "15499"));
        body.put("title", " ");
        body.put("hostIds", List.of(UUID.randomUUID().toString()));
        body.put("format", "in_person");
        body.put("bridgePoints", 5);
        body.put("programId", UUID.randomUUID().toString());
        body.put("agreementId", UUID.randomUUID().toString());
        body.put("fromYear", 2013);
        body.put("toYear", 2010);
        body.put("festivalYear", 1800);
        body.put("leaders", List.of(" "));
        body.put("indicatorReportId", UUID.randomUUID().toString());
        body.put("awardIds", List.of(UUID.randomUUID().toString()));
        body.put("figures", List.of(Map.of("name", "Tổ hòa giải", "value", -1)));
        Api.invalidRequest(Tokens.admin()).body(body).post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder(
                        "adminUnit",            // a commune for a district's conference,
                        "adminUnit",            // and of 2025 for one held in 2018
                        "title", "hostIds[0]", "bridgePoints", "programId", "agreementId", "toYear", "festivalYear",
                        "leaders[0]", "indicatorReportId", "awardIds[0]", "figures[0].value"));
        Map<String, Object> village = new HashMap<>();
        village.put("kind", "annual");
        village.put("level", "village");
        village.put("title", "Hội nghị");
        village.put("toYear", 2020);
        Api.invalidRequest(Tokens.admin()).body(village).post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("heldOn", "level", "fromYear"));
        village.put("kind", "quarterly");
        Api.invalidRequest(Tokens.admin()).body(village).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        Map<String, Object> noStart = new HashMap<>(thoXuanReview("x", Fixtures.createOrganization(Fixtures.districtPolice("Công an " + Fixtures.tag())),
                Fixtures.createOrganization(Fixtures.districtPolice("Công an " + Fixtures.tag())), null));
        noStart.remove("fromYear");
        noStart.put("heldOn", "2012-05-10");
        Api.admin().body(noStart).post(PATH).then().statusCode(400).body("errors.field", containsInAnyOrder("fromYear"));
    }

    @Test
    void writesStayWithinTheEditorsAreas() {
        World w = world();
        Map<String, Object> body = thoXuanReview(w.tag(), w.police(), w.front(), w.agreement());
        Api.as(Tokens.editor("20")).body(body).post(PATH).then().statusCode(403);
        Api.as(Tokens.viewer()).body(body).post(PATH).then().statusCode(403);
        String id = Api.as(Tokens.editor("38")).body(body).post(PATH).then().statusCode(201).extract().path("id");
        Api.as(Tokens.editor("20")).header("If-Match", "\"0\"").body(body).put(PATH + "/" + id).then().statusCode(403);
        // Moving it out of the editor's areas is refused too.
        Map<String, Object> moved = new HashMap<>(body);
        moved.put("adminUnit", Fixtures.unit("legacy", "178"));
        Api.as(Tokens.editor("38")).header("If-Match", "\"0\"").body(moved).put(PATH + "/" + id).then().statusCode(403);
        // The national review (central level) is the admins' alone.
        Map<String, Object> national = new HashMap<>();
        national.put("kind", "annual");
        national.put("heldOn", "2022-11-23");
        national.put("level", "central");
        national.put("title", "Hội nghị tổng kết Ngày hội năm 2022 " + w.tag());
        national.put("format", "online");
        national.put("bridgePoints", 63);
        national.put("festivalYear", 2022);
        Api.as(Tokens.editor("38")).body(national).post(PATH).then().statusCode(403);
        Api.admin().body(national).post(PATH).then().statusCode(201).body("adminUnit", nullValue()).body("bridgePoints", equalTo(63));
    }

    @Test
    void listsFilterSearchWithoutDiacriticsAndPage() {
        World w = world();
        for (String day : List.of("2023-05-10", "2018-11-29", "2021-01-15")) {
            Map<String, Object> body = thoXuanReview(w.tag(), w.police(), w.front(), w.agreement());
            body.put("heldOn", day);
            body.put("kind", day.startsWith("2023") ? "final" : day.startsWith("2018") ? "interim" : "annual");
            Api.admin().body(body).post(PATH).then().statusCode(201);
        }
        Response first = Api.viewer().queryParam("agreementId", w.agreement()).queryParam("q", "tho xuan")
                .queryParam("limit", "2").get(PATH).then().statusCode(200)
                .body("items.heldOn", equalTo(List.of("2018-11-29", "2021-01-15"))).extract().response();
        String cursor = first.path("nextCursor");
        assertThat(first.header("Link")).contains("rel=\"next\"");
        Api.viewer().queryParam("agreementId", w.agreement()).queryParam("q", "tho xuan").queryParam("limit", "2")
                .queryParam("cursor", cursor).get(PATH).then().statusCode(200)
                .body("items.heldOn", equalTo(List.of("2023-05-10"))).body("nextCursor", nullValue());
        Api.viewer().queryParam("agreementId", w.agreement()).queryParam("sort", "-heldOn").get(PATH).then().statusCode(200)
                .body("items.heldOn", equalTo(List.of("2023-05-10", "2021-01-15", "2018-11-29")));
        Api.viewer().queryParam("agreementId", w.agreement()).queryParam("kind", "interim").queryParam("unit", "2025:38")
                .get(PATH).then().statusCode(200).body("items.heldOn", equalTo(List.of("2018-11-29")));
        Api.viewer().queryParam("agreementId", w.agreement()).queryParam("year", "2021").get(PATH).then().statusCode(200)
                .body("items.kind", equalTo(List.of("annual")));
        Api.viewer().queryParam("agreementId", w.agreement()).queryParam("heldFrom", "2019-01-01").queryParam("heldTo", "2023-05-10")
                .get(PATH).then().statusCode(200).body("items", hasSize(2));
        Api.viewer().queryParam("agreementId", w.agreement()).queryParam("unit", "2025:20").get(PATH).then().statusCode(200)
                .body("items", hasSize(0));
        Api.invalidRequest(Tokens.viewer()).queryParam("kind", "monthly").queryParam("year", "1900").queryParam("heldFrom", "2019-13-01")
                .get(PATH).then().statusCode(400).body("errors.field", containsInAnyOrder("kind", "year", "heldFrom"));
    }

    /** The deprecated reviews of a program are its conferences; a review written with the program becomes one. */
    @Test
    void aProgramsReviewsAreItsConferences() {
        World w = world();
        Map<String, Object> program = Fixtures.program("CTr-rv-" + w.tag(), List.of(w.police(), w.front()));
        program.put("reviews", List.of(Map.of("kind", "interim", "heldOn", "2018-11-29", "hostOrganizationId", w.police(),
                "title", "Sơ kết 5 năm " + w.tag(), "figures", List.of(Map.of("name", "Tổ dân phố", "value", 181)))));
        Response created = Api.admin().body(program).post("/api/v1/programs").then().statusCode(201)
                .body("reviews[0].hostOrganizationName", equalTo("Công an huyện Thọ Xuân " + w.tag())).extract().response();
        String programId = created.path("id");
        Api.viewer().queryParam("programId", programId).get(PATH).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", equalTo("interim")).body("items[0].level", equalTo("central"));
        // Written again as read, nothing is added; a conference recorded on its own shows among the reviews.
        Api.admin().header("If-Match", created.header("ETag")).body(program).put("/api/v1/programs/" + programId)
                .then().statusCode(200);
        Map<String, Object> review = new HashMap<>();
        review.put("kind", "final");
        review.put("heldOn", "2023-08-01");
        review.put("level", "central");
        review.put("title", "Tổng kết 10 năm " + w.tag());
        review.put("programId", programId);
        review.put("hostIds", List.of(w.front(), w.police()));
        Api.admin().body(review).post(PATH).then().statusCode(201);
        Api.viewer().get("/api/v1/programs/" + programId).then().statusCode(200)
                .body("reviews.title", equalTo(List.of("Sơ kết 5 năm " + w.tag(), "Tổng kết 10 năm " + w.tag())))
                .body("reviews[0].figures[0].value", equalTo(181))
                .body("reviews[1].hostOrganizationId", equalTo(w.front()));
        Api.viewer().queryParam("programId", programId).get(PATH).then().statusCode(200).body("items", hasSize(2));
        Api.admin().header("If-Match", Fixtures.etag("/api/v1/programs/" + programId)).delete("/api/v1/programs/" + programId)
                .then().statusCode(409).body("detail", containsString("review conference"));
    }
}
