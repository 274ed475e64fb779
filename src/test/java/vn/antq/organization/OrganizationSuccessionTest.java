package vn.antq.organization;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Succession events, the ends they give, the lineage they make, and the lists that follow it. */
@QuarkusTest
class OrganizationSuccessionTest {

    private static final String PATH = "/api/v1/organization-successions";
    private static final String ORGANIZATIONS = "/api/v1/organizations";

    /** A legacy district police of Thọ Xuân (Thanh Hóa), active until the district police ended (28 February 2025). */
    private static String districtPolice(String name) {
        return Fixtures.createOrganization(Fixtures.districtPolice(name));
    }

    /** A provincial police of legacy province {@code code}, of no known dates. */
    private static String provincialPolice(String name, String code) {
        Map<String, Object> body = Fixtures.districtPolice(name);
        body.put("level", "province");
        body.put("adminUnit", Fixtures.unit("legacy", code));
        body.remove("activeFrom");
        body.remove("activeTo");
        return Fixtures.createOrganization(body);
    }

    private static Map<String, Object> event(String kind, String effectiveOn, List<String> before, List<String> after,
                                             String legalBasis) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("effectiveOn", effectiveOn);
        body.put("predecessorIds", before);
        body.put("successors", after.stream().map(id -> Map.of("organizationId", id, "receives", "Chức năng, nhiệm vụ")).toList());
        body.put("legalBasis", legalBasis);
        return body;
    }

    private static String create(Map<String, Object> body) {
        return Api.admin().body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    @Test
    void aMergerEndsThePredecessorAndBothShowIt() {
        String tag = Fixtures.tag();
        String hoaBinh = provincialPolice("Công an tỉnh Hòa Bình " + tag, "17");
        String phuTho = provincialPolice("Công an tỉnh Phú Thọ " + tag, "25");
        String id = Api.as(Tokens.editor("25")).body(event("merged", "2025-07-01", List.of(hoaBinh), List.of(phuTho),
                        "Nghị quyết số 202/2025/QH15 " + tag)).post(PATH).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("predecessors[0].name", equalTo("Công an tỉnh Hòa Bình " + tag))
                .body("successors[0].name", equalTo("Công an tỉnh Phú Thọ " + tag))
                .body("successors[0].receives", equalTo("Chức năng, nhiệm vụ"))
                .extract().path("id");

        Api.viewer().get(ORGANIZATIONS + "/" + hoaBinh).then().statusCode(200)
                .body("activeTo", equalTo("2025-06-30"))
                .body("predecessors", empty())
                .body("successors.organizationId", equalTo(List.of(phuTho)))
                .body("successors[0].successionId", equalTo(id))
                .body("successors[0].kind", equalTo("merged"))
                .body("successors[0].effectiveOn", equalTo("2025-07-01"));
        Api.viewer().get(ORGANIZATIONS + "/" + phuTho).then().statusCode(200)
                .body("activeTo", nullValue())
                .body("predecessors.organizationId", equalTo(List.of(hoaBinh)));
        // The end was written as the organization's own change, in its history.
        Api.viewer().get(ORGANIZATIONS + "/" + hoaBinh + "/history").then().statusCode(200)
                .body("items[0].after.activeTo", equalTo("2025-06-30"));

        // Listed by either organization, kind, date and (unaccented) legal basis.
        Api.viewer().queryParam("organizationId", phuTho).get(PATH).then().statusCode(200).body("items.id", equalTo(List.of(id)))
                .body("items[0].predecessors[0].organizationId", equalTo(hoaBinh));
        Api.viewer().queryParam("organizationId", hoaBinh).queryParam("kind", "merged").queryParam("effectiveFrom", "2025-07-01")
                .queryParam("effectiveTo", "2025-07-01").queryParam("q", "nghi quyet so 202/2025/qh15 " + tag).get(PATH)
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        Api.viewer().queryParam("organizationId", hoaBinh).queryParam("kind", "split").get(PATH).then().statusCode(200)
                .body("items", empty());
        Api.invalidRequest(Tokens.viewer()).queryParam("kind", "absorbed").queryParam("effectiveFrom", "1/7/2025").get(PATH)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("kind", "effectiveFrom"));

        // An organization an event names is not deleted under it.
        Api.admin().header("If-Match", Fixtures.etag(ORGANIZATIONS + "/" + phuTho)).delete(ORGANIZATIONS + "/" + phuTho)
                .then().statusCode(409).body("detail", containsString("organization succession " + id));
        // Nor is its end changed apart from it.
        Api.admin().header("If-Match", Fixtures.etag(ORGANIZATIONS + "/" + hoaBinh)).contentType("application/merge-patch+json")
                .body(Map.of("activeTo", "2025-12-31")).patch(ORGANIZATIONS + "/" + hoaBinh).then().statusCode(400)
                .body("errors[0].field", equalTo("activeTo")).body("errors[0].message", containsString("2025-06-30"));
        Api.admin().header("If-Match", Fixtures.etag(ORGANIZATIONS + "/" + hoaBinh)).contentType("application/merge-patch+json")
                .body(Map.of("shortName", "CA HB " + tag)).patch(ORGANIZATIONS + "/" + hoaBinh).then().statusCode(200)
                .body("activeTo", equalTo("2025-06-30"));
    }

    @Test
    void theLineageRunsBothWaysThroughEveryEvent() {
        String tag = Fixtures.tag();
        String caoPhong = districtPolice("Công an huyện Cao Phong " + tag);
        String hoaBinh = provincialPolice("Công an tỉnh Hòa Bình " + tag, "17");
        String phuTho = provincialPolice("Công an tỉnh Phú Thọ " + tag, "25");
        String dissolved = create(event("dissolved", "2025-03-01", List.of(caoPhong), List.of(hoaBinh), null));
        String merged = create(event("merged", "2025-07-01", List.of(hoaBinh), List.of(phuTho), null));

        Api.viewer().get(ORGANIZATIONS + "/" + caoPhong + "/lineage").then().statusCode(200)
                .body("organization.organizationId", equalTo(caoPhong))
                .body("predecessors", empty())
                .body("successors.organizationId", equalTo(List.of(hoaBinh, phuTho)))
                .body("successors.distance", equalTo(List.of(1, 2)))
                .body("events.id", equalTo(List.of(dissolved, merged)))
                .body("events.effectiveOn", equalTo(List.of("2025-03-01", "2025-07-01")));
        Api.viewer().get(ORGANIZATIONS + "/" + phuTho + "/lineage").then().statusCode(200)
                .body("predecessors.organizationId", equalTo(List.of(hoaBinh, caoPhong)))
                .body("predecessors[1].activeTo", equalTo("2025-02-28"))
                .body("successors", empty());
        Api.viewer().get(ORGANIZATIONS + "/" + hoaBinh + "/lineage").then().statusCode(200)
                .body("predecessors.organizationId", equalTo(List.of(caoPhong)))
                .body("successors.organizationId", equalTo(List.of(phuTho)));
        Api.viewer().get(ORGANIZATIONS + "/" + java.util.UUID.randomUUID() + "/lineage").then().statusCode(404);

        // A deleted event leaves the chain, and lifts the end it gave.
        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/" + merged).then().statusCode(204);
        Api.admin().get(PATH + "/" + merged).then().statusCode(404);
        Api.viewer().get(ORGANIZATIONS + "/" + hoaBinh).then().body("activeTo", nullValue()).body("successors", empty());
        Api.viewer().get(ORGANIZATIONS + "/" + caoPhong + "/lineage").then().statusCode(200)
                .body("successors.organizationId", equalTo(List.of(hoaBinh)));
    }

    @Test
    void changingAnEventMovesTheEndItGave() {
        String tag = Fixtures.tag();
        String first = provincialPolice("Công an tỉnh A " + tag, "17");
        String second = provincialPolice("Công an tỉnh B " + tag, "17");
        String successor = provincialPolice("Công an tỉnh C " + tag, "25");
        String id = create(event("merged", "2025-07-01", List.of(first), List.of(successor), null));
        Api.admin().header("If-Match", "\"0\"").body(event("merged", "2025-08-01", List.of(second), List.of(successor), "Sửa"))
                .put(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("predecessors[0].organizationId", equalTo(second));
        Api.viewer().get(ORGANIZATIONS + "/" + first).then().body("activeTo", nullValue());
        Api.viewer().get(ORGANIZATIONS + "/" + second).then().body("activeTo", equalTo("2025-07-31"));
        // A merge patch keeps what it does not name; the predecessors are named by id, as in the body.
        Api.admin().header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body(Map.of("effectiveOn", "2025-07-01")).patch(PATH + "/" + id).then().statusCode(200)
                .body("predecessors[0].organizationId", equalTo(second)).body("legalBasis", equalTo("Sửa"));
        Api.viewer().get(ORGANIZATIONS + "/" + second).then().body("activeTo", equalTo("2025-06-30"));
        Api.viewer().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("update", "update", "create")));
        Api.admin().header("If-Match", "\"0\"").body(event("merged", "2025-07-01", List.of(first), List.of(successor), null))
                .put(PATH + "/" + id).then().statusCode(412);
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        String tag = Fixtures.tag();
        String police = districtPolice("Công an huyện " + tag);
        String province = provincialPolice("Công an tỉnh " + tag, "38");
        String newProvince = Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh mới " + tag, "police", "38"));
        // A split names one predecessor and says what each of at least two successors receives.
        Map<String, Object> split = event("split", "2025-03-01", List.of(police, province), List.of(province), null);
        split.put("successors", List.of(Map.of("organizationId", province)));
        Api.invalidRequest(Tokens.admin()).body(split).post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("predecessorIds", "successors", "successors[0].receives",
                        "successors[0].organizationId"));
        // A successor created after the event; a predecessor that began after it; an organization that does not exist.
        String missing = java.util.UUID.randomUUID().toString();
        Api.invalidRequest(Tokens.admin()).body(event("merged", "2013-01-01", List.of(police, missing), List.of(newProvince), null))
                .post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("predecessorIds[1]"));
        Api.invalidRequest(Tokens.admin()).body(event("merged", "2013-01-01", List.of(police), List.of(newProvince), null))
                .post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("predecessorIds[0]", "successors[0].organizationId"))
                .body("errors.find { it.field == 'successors[0].organizationId' }.message", containsString("created on 2025-07-01"));
        Api.invalidRequest(Tokens.admin()).body(Map.of("kind", "renamed")).post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("effectiveOn", "predecessorIds"));
        Api.invalidRequest(Tokens.admin()).body(Map.of("kind", "absorbed", "effectiveOn", "2025-03-01",
                "predecessorIds", List.of(police))).post(PATH).then().statusCode(400);
        Api.viewer().get(ORGANIZATIONS + "/" + police).then().body("successors", empty());
    }

    @Test
    void anOrganizationEndsOnceAndNothingPrecedesItself() {
        String tag = Fixtures.tag();
        String police = districtPolice("Công an huyện " + tag);
        String province = provincialPolice("Công an tỉnh " + tag, "38");
        String other = provincialPolice("Công an tỉnh khác " + tag, "38");
        create(event("dissolved", "2025-03-01", List.of(police), List.of(province), null));
        // Ended twice: by another event, or on another day than its activeTo says.
        Api.admin().body(event("merged", "2025-03-01", List.of(police), List.of(other), null)).post(PATH).then().statusCode(409)
                .body("type", equalTo("urn:antq:problem:conflict")).body("detail", containsString("already ended"));
        String ended = districtPolice("Công an huyện khác " + tag);
        Api.admin().body(event("dissolved", "2025-07-01", List.of(ended), List.of(), null)).post(PATH).then().statusCode(409)
                .body("detail", containsString("active until 2025-02-28"));
        // Functions transferred do not end anyone, so the province can pass functions on and still exist...
        String transfer = create(event("functions_transferred", "2025-07-01", List.of(province), List.of(other), null));
        Api.viewer().get(ORGANIZATIONS + "/" + province).then().body("activeTo", nullValue());
        // ...but not back to where they came from.
        Api.admin().body(event("functions_transferred", "2025-08-01", List.of(other), List.of(province), null)).post(PATH)
                .then().statusCode(409).body("detail", containsString("cycle"));
        Api.admin().get(PATH + "/" + transfer).then().statusCode(200);
    }

    @Test
    void recordsFollowTheirOrganizationThroughItsLineage() {
        String tag = Fixtures.tag();
        String district = districtPolice("Công an huyện Thọ Xuân " + tag);
        String front = districtPolice("Ủy ban MTTQ huyện Thọ Xuân " + tag);
        String province = provincialPolice("Công an tỉnh Thanh Hóa " + tag, "38");
        String program = Fixtures.createProgram(Fixtures.program("CT-" + tag, List.of(district, front)));
        String agreement = Fixtures.createAgreement(Fixtures.agreement("QC-" + tag, program, district, front));
        Map<String, Object> modelBody = Fixtures.model("Mô hình " + tag);
        modelBody.put("sponsorIds", List.of(district));
        String model = Fixtures.createModel(modelBody);
        String award = Fixtures.createAward(Fixtures.award("QĐ-" + tag, district, List.of(Fixtures.collective(front))));
        Map<String, Object> reportBody = Fixtures.indicatorReport(tag, "395");
        reportBody.put("organizationId", district);
        String report = Fixtures.createIndicatorReport(reportBody);
        Map<String, Object> campaignBody = new HashMap<>();
        campaignBody.put("kind", "movement_launch");
        campaignBody.put("launchedOn", "2022-03-15");
        campaignBody.put("level", "district");
        campaignBody.put("adminUnit", Fixtures.unit("legacy", "395"));
        campaignBody.put("title", "Phát động " + tag);
        campaignBody.put("organizerIds", List.of(district));
        String campaign = Api.admin().body(campaignBody).post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        Map<String, Object> conferenceBody = new HashMap<>();
        conferenceBody.put("kind", "final");
        conferenceBody.put("heldOn", "2023-05-10");
        conferenceBody.put("level", "district");
        conferenceBody.put("adminUnit", Fixtures.unit("legacy", "395"));
        conferenceBody.put("title", "Tổng kết " + tag);
        conferenceBody.put("hostIds", List.of(district));
        conferenceBody.put("fromYear", 2013);
        conferenceBody.put("toYear", 2023);
        String conference = Api.admin().body(conferenceBody).post("/api/v1/review-conferences").then().statusCode(201)
                .extract().path("id");

        Map<String, String> lists = Map.of("/api/v1/programs", program, "/api/v1/coordination-agreements", agreement,
                "/api/v1/models", model, "/api/v1/awards", award, "/api/v1/indicator-reports", report,
                "/api/v1/campaigns", campaign, "/api/v1/review-conferences", conference);
        // Before any event, and without lineage, the province holds none of them.
        lists.forEach((path, id) -> {
            Api.viewer().queryParam("organizationId", district).get(path).then().statusCode(200).body("items.id", equalTo(List.of(id)));
            Api.viewer().queryParam("organizationId", province).queryParam("lineage", "true").get(path).then().statusCode(200)
                    .body("items", empty());
        });

        String event = create(event("dissolved", "2025-03-01", List.of(district), List.of(province), null));
        lists.forEach((path, id) -> {
            Api.viewer().queryParam("organizationId", province).queryParam("lineage", "true").get(path).then().statusCode(200)
                    .body("items.id", equalTo(List.of(id)));
            Api.viewer().queryParam("organizationId", province).get(path).then().statusCode(200).body("items", empty());
        });
        // The award's collective recipient finds it too.
        Api.viewer().queryParam("organizationId", front).get("/api/v1/awards").then().body("items.id", equalTo(List.of(award)));

        // The signed agreement names its party as it signed, and who carries it on beside it.
        Api.viewer().get("/api/v1/coordination-agreements/" + agreement).then().statusCode(200)
                .body("parties[0].organizationId", equalTo(district))
                .body("parties[0].successors.organizationId", equalTo(List.of(province)))
                .body("parties[0].successors[0].successionId", equalTo(event))
                .body("parties[0].successors[0].kind", equalTo("dissolved"))
                .body("parties[0].successors[0].effectiveOn", equalTo("2025-03-01"))
                .body("parties[1].successors", empty());
        Api.viewer().get("/api/v1/coordination-agreements/" + agreement + "/history").then().statusCode(200)
                .body("items", hasSize(1));

        Api.invalidRequest(Tokens.viewer()).queryParam("lineage", "true").get("/api/v1/models").then().statusCode(400)
                .body("errors.field", hasItem("lineage"));
        Api.invalidRequest(Tokens.viewer()).queryParam("organizationId", province).queryParam("lineage", "yes")
                .get("/api/v1/campaigns").then().statusCode(400).body("errors.field", hasItem("lineage"));
    }

    @Test
    void onlyEditorsOfEveryNamedOrganizationsAreaAndAdminsWrite() {
        String tag = Fixtures.tag();
        String thanhHoa = districtPolice("Công an huyện Thọ Xuân " + tag);
        String thanhHoaProvince = provincialPolice("Công an tỉnh Thanh Hóa " + tag, "38");
        String haNoi = provincialPolice("Công an thành phố Hà Nội " + tag, "01");
        Map<String, Object> inside = event("dissolved", "2025-03-01", List.of(thanhHoa), List.of(thanhHoaProvince), null);
        Map<String, Object> across = event("dissolved", "2025-03-01", List.of(thanhHoa), List.of(haNoi), null);

        Api.invalidRequest(null).body(inside).post(PATH).then().statusCode(401);
        Api.as(Tokens.viewer()).body(inside).post(PATH).then().statusCode(403);
        Api.as(Tokens.editor("01")).body(inside).post(PATH).then().statusCode(403);
        // An editor of Thanh Hóa cannot name an organization of Hà Nội.
        Api.as(Tokens.editor("38")).body(across).post(PATH).then().statusCode(403);
        Api.viewer().get(ORGANIZATIONS + "/" + thanhHoa).then().body("successors", empty());

        String id = Api.as(Tokens.editor("38")).body(inside).post(PATH).then().statusCode(201).extract().path("id");
        Api.as(Tokens.editor("38")).header("If-Match", "\"0\"").body(across).put(PATH + "/" + id).then().statusCode(403);
        Api.as(Tokens.editor("01")).header("If-Match", "\"0\"").delete(PATH + "/" + id).then().statusCode(403);
        Api.as(Tokens.viewer()).header("If-Match", "\"0\"").delete(PATH + "/" + id).then().statusCode(403);
        Api.viewer().get(ORGANIZATIONS + "/" + thanhHoa).then().body("activeTo", equalTo("2025-02-28"));
        Api.as(Tokens.editor("01", "38")).header("If-Match", "\"0\"").body(across).put(PATH + "/" + id).then().statusCode(200);
        Api.as(Tokens.editor("38")).header("If-Match", "\"1\"").delete(PATH + "/" + id).then().statusCode(403);
        Api.as(Tokens.editor("38", "01")).header("If-Match", "\"1\"").delete(PATH + "/" + id).then().statusCode(204);
        // Reads need a token.
        Api.invalidRequest(null).get(PATH).then().statusCode(401);
        Api.invalidRequest(null).get(ORGANIZATIONS + "/" + thanhHoa + "/lineage").then().statusCode(401);
    }
}
