package vn.antq.agreement;

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
class AgreementResourceTest {

    private static final String PATH = "/api/v1/coordination-agreements";

    private record Parties(String police, String front, String veterans, String program) {
    }

    private static Parties parties(String tag) {
        String police = Fixtures.createOrganization(Fixtures.districtPolice("Công an huyện Thọ Xuân " + tag));
        Map<String, Object> front = Fixtures.districtPolice("Ủy ban MTTQ huyện Thọ Xuân " + tag);
        front.put("type", "fatherland_front");
        Map<String, Object> veterans = Fixtures.districtPolice("Hội Cựu chiến binh huyện Thọ Xuân " + tag);
        veterans.put("type", "veterans_association");
        String program = Fixtures.createProgram(Fixtures.program("09-" + tag,
                List.of(Fixtures.createOrganization(Fixtures.central("Bộ Công an " + tag, "police")))));
        return new Parties(police, Fixtures.createOrganization(front), Fixtures.createOrganization(veterans), program);
    }

    @Test
    void createsTheThoXuanAgreementAndFindsItByUnaccentedSearch() {
        String tag = Fixtures.tag();
        Parties p = parties(tag);
        Map<String, Object> body = Fixtures.agreement("Số 01/QCPH-" + tag, p.program(), p.police(), p.front());
        body.put("title", "Chương trình phối hợp huyện Thọ Xuân " + tag);
        body.put("reviews", List.of(Map.of("kind", "final", "heldOn", "2023-05-10", "hostOrganizationId", p.police(),
                "title", "Tổng kết 10 năm")));
        String id = Api.admin().body(body).post(PATH).then().statusCode(201)
                .body("parties.role", equalTo(List.of("lead", "co_lead")))
                .body("parties[0].name", equalTo("Công an huyện Thọ Xuân " + tag))
                .body("adminUnit.fullName", equalTo("Huyện Thọ Xuân"))
                .body("reviews[0].heldOn", equalTo("2023-05-10"))
                .extract().path("id");
        Api.viewer().queryParam("q", "chuong trinh phoi hop huyen tho xuan " + tag).get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void partiesNeedALeadAndEachOrganizationOnce() {
        String tag = Fixtures.tag();
        Parties p = parties(tag);
        Map<String, Object> noLead = Fixtures.agreement("N-" + tag, null, p.police(), p.front());
        noLead.put("parties", List.of(Map.of("organizationId", p.police(), "role", "member"),
                Map.of("organizationId", p.front(), "role", "co_lead")));
        Api.admin().body(noLead).post(PATH).then().statusCode(400).body("errors.field", hasItem("parties"));

        Map<String, Object> twice = Fixtures.agreement("T-" + tag, null, p.police(), p.front());
        twice.put("parties", List.of(Map.of("organizationId", p.police(), "role", "lead"),
                Map.of("organizationId", p.police(), "role", "member")));
        Api.admin().body(twice).post(PATH).then().statusCode(400).body("errors.field", hasItem("parties[1].organizationId"));

        Map<String, Object> alone = Fixtures.agreement("A-" + tag, null, p.police(), p.front());
        alone.put("parties", List.of(Map.of("organizationId", p.police(), "role", "lead")));
        Api.invalidRequest(Tokens.admin()).body(alone).post(PATH).then().statusCode(400).body("errors.field", hasItem("parties"));

        Map<String, Object> unknown = Fixtures.agreement("U-" + tag, "0b5c1b5e-7d1a-4b53-9f1e-3f0c1d2e3a4b", p.police(),
                "0b5c1b5e-7d1a-4b53-9f1e-3f0c1d2e3a4c");
        Api.admin().body(unknown).post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("programId", "parties[1].organizationId"));
        Api.viewer().queryParam("q", tag).get(PATH).then().body("items", hasSize(0));
    }

    @Test
    void theUnitMustBelongToTheEraOfTheValidityPeriod() {
        String tag = Fixtures.tag();
        Parties p = parties(tag);
        Map<String, Object> body = Fixtures.agreement("E-" + tag, p.program(), p.police(), p.front());
        body.put("adminUnit", Fixtures.unit("2025", "15499"));
        Api.admin().body(body).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("adminUnit"))
                .body("errors[0].message", containsString("legacy"));
        body.put("validTo", "2013-01-01");
        Api.admin().body(body).post(PATH).then().statusCode(400).body("errors.field", hasItem("validTo"));
    }

    @Test
    void listsFilterByPartyProgramStatusDateAndUnitAcrossEras() {
        String tag = Fixtures.tag();
        Parties p = parties(tag);
        String thoXuan = Fixtures.createAgreement(Fixtures.agreement("TX-" + tag, p.program(), p.police(), p.front()));
        Map<String, Object> current = Fixtures.agreement("NEW-" + tag, null, p.front(), p.veterans());
        current.put("adminUnit", Fixtures.unit("2025", "15499"));
        current.put("signedOn", "2025-08-01");
        current.put("validFrom", "2025-08-01");
        current.remove("validTo");
        current.put("status", "active");
        String newer = Fixtures.createAgreement(current);

        Api.viewer().queryParam("partyId", p.police()).get(PATH).then().body("items.id", equalTo(List.of(thoXuan)));
        Api.viewer().queryParam("partyId", p.front()).get(PATH).then().body("items.id", containsInAnyOrder(thoXuan, newer));
        Api.viewer().queryParam("programId", p.program()).get(PATH).then().body("items.id", equalTo(List.of(thoXuan)));
        Api.viewer().queryParam("q", tag).queryParam("status", "active").get(PATH).then().body("items.id", equalTo(List.of(newer)));
        Api.viewer().queryParam("q", tag).queryParam("validOn", "2018-11-29").get(PATH).then().body("items.id", equalTo(List.of(thoXuan)));
        // Province 38 of 2025 takes in the legacy Thọ Xuân district; 2025 commune 15499 took over Thị trấn Thọ Xuân only.
        Api.viewer().queryParam("q", tag).queryParam("unit", "2025:38").get(PATH).then().body("items.id", containsInAnyOrder(thoXuan, newer));
        Api.viewer().queryParam("q", tag).queryParam("unit", "legacy:395").get(PATH).then().body("items.id", equalTo(List.of(thoXuan)));
        Api.viewer().queryParam("q", tag).queryParam("unit", "2025:15499").get(PATH).then().body("items.id", equalTo(List.of(newer)));
        Api.viewer().queryParam("q", tag).queryParam("sort", "-signedOn").get(PATH).then().body("items.id", equalTo(List.of(newer, thoXuan)));
    }

    @Test
    void organizationsAndProgramsInUseCannotBeDeletedButTheAgreementCan() {
        String tag = Fixtures.tag();
        Parties p = parties(tag);
        String id = Fixtures.createAgreement(Fixtures.agreement("D-" + tag, p.program(), p.police(), p.front()));
        Api.admin().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + p.front()).then().statusCode(409)
                .body("detail", containsString(id));
        Api.admin().header("If-Match", "\"0\"").delete("/api/v1/programs/" + p.program()).then().statusCode(409)
                .body("detail", containsString("D-" + tag));
        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/" + id).then().statusCode(204);
        Api.viewer().get(PATH + "/" + id).then().statusCode(404);
        Api.admin().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + p.front()).then().statusCode(204);
        Api.admin().body(Fixtures.agreement("D2-" + tag, p.program(), p.police(), p.front())).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("parties[1].organizationId"));
    }

    @Test
    void replacingPartiesSwapsRolesInOneVersion() {
        String tag = Fixtures.tag();
        Parties p = parties(tag);
        String id = Fixtures.createAgreement(Fixtures.agreement("S-" + tag, p.program(), p.police(), p.front()));
        Map<String, Object> swapped = Fixtures.agreement("S-" + tag, p.program(), p.front(), p.police());
        Api.admin().header("If-Match", "\"0\"").body(swapped).put(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("parties.organizationId", equalTo(List.of(p.front(), p.police())));
    }
}
