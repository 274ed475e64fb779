package vn.antq.grassroots;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ModelResourceTest {

    private static final String PATH = "/api/v1/models";

    @Test
    void createsAModelWithItsFirstStatusAndFindsItByUnaccentedSearch() {
        String tag = Fixtures.tag();
        String front = Fixtures.createOrganization(Fixtures.districtPolice("Ủy ban MTTQ huyện Thọ Xuân " + tag));
        Map<String, Object> body = Fixtures.model("Khu dân cư tự quản về ATTP " + tag);
        body.put("sponsorIds", List.of(front));
        body.put("establishedOn", "2015-03-01");
        var response = Api.as(Tokens.editor("38")).body(body).post(PATH).then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("adminUnit.fullName", equalTo("Huyện Thọ Xuân"))
                .body("sponsors[0].name", equalTo("Ủy ban MTTQ huyện Thọ Xuân " + tag))
                .body("status.status", equalTo("maintained"))
                .body("status.since", equalTo("2023-05-10"))
                .body("statusHistory", hasSize(1))
                .body("recognition", nullValue())
                .body("totals.points", equalTo(0))
                .extract();
        String id = response.path("id");
        Api.viewer().header("If-None-Match", "\"0\"").get(PATH + "/" + id).then().statusCode(304);
        Api.viewer().queryParam("q", "khu dan cu tu quan ve attp " + tag).get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("items[0].status", equalTo("maintained"))
                .body("items[0].exemplary", equalTo(false));
    }

    @Test
    void statusChangesAreAppendedAndNeverRewritten() throws SQLException {
        String tag = Fixtures.tag();
        Map<String, Object> body = Fixtures.model("Tổ 3 trên 1 " + tag);
        String id = Fixtures.createModel(body);
        String path = PATH + "/" + id;

        // The same status again appends nothing, but still moves the version on.
        Api.admin().header("If-Match", "\"0\"").body(body).put(path).then().statusCode(200).body("statusHistory", hasSize(1));

        Map<String, Object> replicated = new HashMap<>(body);
        replicated.put("status", Fixtures.status("replicated", "2024-01-15", "Nhân rộng ra các xã"));
        Api.admin().header("If-Match", "\"1\"").body(replicated).put(path).then().statusCode(200)
                .body("status.status", equalTo("replicated"))
                .body("statusHistory.status", equalTo(List.of("maintained", "replicated")))
                .body("statusHistory.since", equalTo(List.of("2023-05-10", "2024-01-15")));

        // An entry older than the current one would rewrite the past.
        Map<String, Object> backdated = new HashMap<>(body);
        backdated.put("status", Fixtures.status("active", "2020-01-01", null));
        Api.admin().header("If-Match", "\"2\"").body(backdated).put(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("status.since")));

        Map<String, Object> dissolved = new HashMap<>(body);
        dissolved.put("status", Fixtures.status("dissolved", "2024-06-30", null));
        Api.admin().header("If-Match", "\"2\"").body(dissolved).put(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("status.reason")));
        dissolved.put("status", Fixtures.status("dissolved", "2024-06-30", "Không còn hiệu quả, thanh loại"));
        Api.admin().header("If-Match", "\"2\"").body(dissolved).put(path).then().statusCode(200)
                .body("statusHistory.status", equalTo(List.of("maintained", "replicated", "dissolved")))
                .body("status.reason", equalTo("Không còn hiệu quả, thanh loại"));
        Api.viewer().queryParam("q", tag).queryParam("status", "dissolved").get(PATH).then()
                .body("items.id", equalTo(List.of(id)));
        Api.viewer().queryParam("q", tag).queryParam("status", "maintained").get(PATH).then().body("items", hasSize(0));

        // Not even a direct write to the database changes the history.
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update model_status set status = 'active' where model_id = '" + id + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("never changed");
            assertThatThrownBy(() -> statement.executeUpdate("delete from model_status where model_id = '" + id + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("never changed");
        }
        Api.viewer().get(path).then().body("statusHistory", hasSize(3));
    }

    @Test
    void totalsAreDerivedFromTheLivePoints() {
        String tag = Fixtures.tag();
        String id = Fixtures.createModel(Fixtures.model("Gia đình 5 không 3 sạch " + tag));
        String points = PATH + "/" + id + "/points";
        String first = Fixtures.createPoint(id, Fixtures.point("Thôn 1 " + tag, 2, 10));
        String second = Fixtures.createPoint(id, Fixtures.point("Thôn 2 " + tag, 3, null));
        // The totals are part of the model's representation: every point write moves its ETag on.
        Api.viewer().header("If-None-Match", "\"0\"").get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("totals.points", equalTo(2)).body("totals.teams", equalTo(5)).body("totals.members", equalTo(10));
        Api.viewer().queryParam("q", tag).get(PATH).then()
                .body("items[0].totals.points", equalTo(2)).body("items[0].totals.teams", equalTo(5));

        Map<String, Object> changed = Fixtures.point("Thôn 2 " + tag, 4, 20);
        Api.as(Tokens.editor("38")).header("If-Match", "\"0\"").body(changed).put(points + "/" + second).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("teams", equalTo(4));
        Api.viewer().get(PATH + "/" + id).then().body("totals.teams", equalTo(6)).body("totals.members", equalTo(30));

        Api.admin().header("If-Match", "\"0\"").delete(points + "/" + first).then().statusCode(204);
        Api.viewer().get(points + "/" + first).then().statusCode(404);
        Api.viewer().get(PATH + "/" + id).then()
                .body("totals.points", equalTo(1)).body("totals.teams", equalTo(4)).body("totals.members", equalTo(20));
        Api.viewer().get(points).then().statusCode(200).body("items.id", equalTo(List.of(second)));

        // Totals are not part of the body: they cannot be typed in.
        Map<String, Object> typed = Fixtures.model("Mô hình " + tag);
        typed.put("totals", Map.of("points", 45, "teams", 2590, "members", 0));
        Api.invalidRequest(Tokens.admin()).body(typed).post(PATH).then().statusCode(400);
    }

    @Test
    void pointsBelongToTheirModelAndFilterByUnitAndOrganization() {
        String tag = Fixtures.tag();
        String police = Fixtures.createOrganization(Fixtures.districtPolice("Công an huyện Thọ Xuân " + tag));
        String model = Fixtures.createModel(Fixtures.model("Cổng trường ATGT " + tag));
        String other = Fixtures.createModel(Fixtures.model("Tuyến đường thanh niên tự quản " + tag));
        Map<String, Object> managed = Fixtures.point("Trường THCS Xuân Hồng", 1, 12);
        managed.put("organizationId", police);
        String xuanHong = Fixtures.createPoint(model, managed);
        Map<String, Object> town = Fixtures.point("Trường Tiểu học thị trấn", 1, 8);
        town.put("adminUnit", Fixtures.unit("legacy", "15499"));
        String thiTran = Fixtures.createPoint(model, town);
        String points = PATH + "/" + model + "/points";

        Api.viewer().get(points + "/" + xuanHong).then().statusCode(200)
                .body("organizationName", equalTo("Công an huyện Thọ Xuân " + tag))
                .body("adminUnit.fullName", equalTo("Xã Xuân Hồng"));
        Api.viewer().get(PATH + "/" + other + "/points/" + xuanHong).then().statusCode(404);
        Api.viewer().queryParam("organizationId", police).get(points).then().body("items.id", equalTo(List.of(xuanHong)));
        Api.viewer().queryParam("unit", "legacy:15493").get(points).then().body("items.id", equalTo(List.of(xuanHong)));
        Api.viewer().queryParam("unit", "2025:38").get(points).then().body("items.id", containsInAnyOrder(xuanHong, thiTran));
        Api.viewer().queryParam("q", "tieu hoc").get(points).then().body("items.id", equalTo(List.of(thiTran)));
        Api.viewer().get(PATH + "/" + other + "/points").then().statusCode(200).body("items", hasSize(0));
        Api.viewer().get(PATH + "/" + java.util.UUID.randomUUID() + "/points").then().statusCode(404);
        Api.admin().body(Fixtures.point("X", 1, 1)).post(PATH + "/" + java.util.UUID.randomUUID() + "/points")
                .then().statusCode(404);
        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/" + other + "/points/" + xuanHong).then().statusCode(404);

        // A point's unit must have existed when the point started; its organization must exist.
        Map<String, Object> wrongEra = Fixtures.point("Thôn mới", 1, 5);
        wrongEra.put("startedOn", "2025-09-01");
        wrongEra.put("organizationId", "0b5c1b5e-7d1a-4b53-9f1e-3f0c1d2e3a4b");
        Api.admin().body(wrongEra).post(points).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("adminUnit", "organizationId"));
        Map<String, Object> negative = Fixtures.point("Thôn âm", -1, 5);
        Api.invalidRequest(Tokens.admin()).body(negative).post(points).then().statusCode(400)
                .body("errors.field", equalTo(List.of("teams")));
    }

    @Test
    void listsFilterByUnitAcrossErasCategoryTopicSponsorExemplaryAndDates() {
        String tag = Fixtures.tag();
        String women = Fixtures.createOrganization(womensUnion("Hội LHPN huyện Thọ Xuân " + tag));
        String police = Fixtures.createOrganization(Fixtures.districtPolice("Công an huyện Thọ Xuân " + tag));

        Map<String, Object> district = Fixtures.model("Làng quê an toàn cho phụ nữ và trẻ em " + tag);
        district.put("topic", "women_children");
        district.put("sponsorIds", List.of(women));
        district.put("establishedOn", "2016-05-01");
        String a = Fixtures.createModel(district);

        Map<String, Object> commune = Fixtures.model("Tổ hòa giải Xuân Hồng " + tag);
        commune.put("category", "self_mediation");
        commune.put("topic", "security_order");
        commune.put("adminUnit", Fixtures.unit("legacy", "15493"));
        commune.put("sponsorIds", List.of(police));
        commune.put("establishedOn", "2019-01-01");
        commune.put("recognition", Map.of("organizationId", police, "decision", "12/TB-CAH", "recognizedOn", "2021-06-01"));
        String b = Fixtures.createModel(commune);

        Map<String, Object> current = Fixtures.model("Khu dân cư an toàn Thọ Xuân " + tag);
        current.put("adminUnit", Fixtures.unit("2025", "15499"));
        current.put("establishedOn", "2025-08-01");
        current.put("replicatedFromId", a);
        current.put("status", Fixtures.status("active", "2025-08-01", null));
        String c = Fixtures.createModel(current);

        Map<String, Object> caoPhong = Fixtures.model("Phối hợp phòng ngừa người có biểu hiện tâm thần " + tag);
        caoPhong.put("category", "self_prevention");
        caoPhong.put("topic", "security_order");
        caoPhong.put("adminUnit", Fixtures.unit("legacy", "154"));
        String d = Fixtures.createModel(caoPhong);

        // A 2025 province takes in its 2025 communes and the legacy districts and communes merged into it.
        list(Map.of("unit", "2025:38"), tag).body("items.id", containsInAnyOrder(a, b, c));
        list(Map.of("unit", "legacy:38"), tag).body("items.id", containsInAnyOrder(a, b));
        list(Map.of("unit", "legacy:395"), tag).body("items.id", containsInAnyOrder(a, b));
        list(Map.of("unit", "legacy:15493"), tag).body("items.id", equalTo(List.of(b)));
        list(Map.of("unit", "2025:15499"), tag).body("items.id", containsInAnyOrder(b, c));
        list(Map.of("unit", "2025:25"), tag).body("items.id", equalTo(List.of(d)));
        list(Map.of("unit", "legacy:17"), tag).body("items.id", equalTo(List.of(d)));

        list(Map.of("category", "self_mediation"), tag).body("items.id", equalTo(List.of(b)));
        list(Map.of("topic", "women_children"), tag).body("items.id", equalTo(List.of(a)));
        list(Map.of("status", "active"), tag).body("items.id", equalTo(List.of(c)));
        list(Map.of("sponsorId", women), tag).body("items.id", equalTo(List.of(a)));
        list(Map.of("sponsorType", "police"), tag).body("items.id", equalTo(List.of(b)));
        list(Map.of("sponsorType", "womens_union"), tag).body("items.id", equalTo(List.of(a)));
        list(Map.of("exemplary", "true"), tag).body("items.id", equalTo(List.of(b))).body("items[0].exemplary", equalTo(true));
        list(Map.of("exemplary", "false"), tag).body("items.id", containsInAnyOrder(a, c, d));
        list(Map.of("establishedFrom", "2017-01-01"), tag).body("items.id", containsInAnyOrder(b, c));
        list(Map.of("establishedTo", "2019-01-01"), tag).body("items.id", containsInAnyOrder(a, b));
        list(Map.of("establishedFrom", "2017-01-01", "establishedTo", "2020-12-31"), tag).body("items.id", equalTo(List.of(b)));
        list(Map.of("replicatedFromId", a), tag).body("items.id", equalTo(List.of(c)));
        Api.viewer().get(PATH + "/" + b).then().body("recognition.organizationName", equalTo("Công an huyện Thọ Xuân " + tag))
                .body("recognition.decision", equalTo("12/TB-CAH"));
    }

    @Test
    void everyBadQueryParameterIsNamed() {
        Api.invalidRequest(Tokens.viewer()).queryParam("category", "tu_quan").queryParam("exemplary", "maybe")
                .queryParam("establishedFrom", "2023-13-01").queryParam("sponsorType", "club").queryParam("limit", "0")
                .get(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("category", "exemplary", "establishedFrom", "sponsorType", "limit"));
        Api.viewer().queryParam("unit", "legacy:99999").get(PATH).then().statusCode(400)
                .body("errors.field", equalTo(List.of("unit")));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        String tag = Fixtures.tag();
        Map<String, Object> body = Fixtures.model("Mô hình " + tag);
        String unknown = "0b5c1b5e-7d1a-4b53-9f1e-3f0c1d2e3a4b";
        body.put("sponsorIds", List.of(unknown));
        body.put("replicatedFromId", unknown);
        body.put("recognition", Map.of("organizationId", unknown));
        body.put("establishedOn", "2026-01-01"); // the legacy district no longer existed
        body.put("status", Fixtures.status("maintained", "2023-05-10", null));
        Api.admin().body(body).post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("adminUnit", "sponsorIds[0]", "replicatedFromId",
                        "recognition.organizationId", "status.since"));
        Map<String, Object> twice = Fixtures.model("Mô hình " + tag);
        String police = Fixtures.createOrganization(Fixtures.districtPolice("Công an " + tag));
        twice.put("sponsorIds", List.of(police, police));
        Api.admin().body(twice).post(PATH).then().statusCode(400).body("errors.field", hasItem("sponsorIds"));
        Api.viewer().queryParam("q", tag).get(PATH).then().body("items", hasSize(0));
    }

    @Test
    void replicationNeverLoopsBack() {
        String tag = Fixtures.tag();
        Map<String, Object> original = Fixtures.model("Gốc " + tag);
        String a = Fixtures.createModel(original);
        Map<String, Object> replica = Fixtures.model("Nhân rộng " + tag);
        replica.put("replicatedFromId", a);
        String b = Fixtures.createModel(replica);
        Map<String, Object> loop = new HashMap<>(original);
        loop.put("replicatedFromId", b);
        Api.admin().header("If-Match", "\"0\"").body(loop).put(PATH + "/" + a).then().statusCode(400)
                .body("errors.field", equalTo(List.of("replicatedFromId")));
        loop.put("replicatedFromId", a);
        Api.admin().header("If-Match", "\"0\"").body(loop).put(PATH + "/" + a).then().statusCode(400)
                .body("errors.field", equalTo(List.of("replicatedFromId")));
    }

    @Test
    void writesNeedTheCurrentEtag() {
        String tag = Fixtures.tag();
        Map<String, Object> body = Fixtures.model("Mô hình " + tag);
        String id = Fixtures.createModel(body);
        Api.invalidRequest(Tokens.admin()).body(body).put(PATH + "/" + id).then().statusCode(428);
        Api.admin().header("If-Match", "\"7\"").body(body).put(PATH + "/" + id).then().statusCode(412);
        Api.admin().header("If-Match", "\"0\"").body(body).put(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""));
        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/" + id).then().statusCode(412);
        String point = Fixtures.createPoint(id, Fixtures.point("Thôn " + tag, 1, 1));
        Api.invalidRequest(Tokens.admin()).body(Fixtures.point("Thôn", 1, 1)).put(PATH + "/" + id + "/points/" + point)
                .then().statusCode(428);
        Api.admin().header("If-Match", "\"3\"").body(Fixtures.point("Thôn", 1, 1)).put(PATH + "/" + id + "/points/" + point)
                .then().statusCode(412);
        String etag = Fixtures.etag(PATH + "/" + id + "/points/" + point);
        Api.viewer().header("If-None-Match", etag).get(PATH + "/" + id + "/points/" + point).then().statusCode(304);
    }

    @Test
    void aModelInUseIsNotDeletedAndItsSponsorsStay() {
        String tag = Fixtures.tag();
        String police = Fixtures.createOrganization(Fixtures.districtPolice("Công an huyện " + tag));
        Map<String, Object> body = Fixtures.model("Mô hình gốc " + tag);
        body.put("sponsorIds", List.of(police));
        String id = Fixtures.createModel(body);
        String point = Fixtures.createPoint(id, Fixtures.point("Thôn " + tag, 1, 1));
        Map<String, Object> replica = Fixtures.model("Mô hình nhân rộng " + tag);
        replica.put("replicatedFromId", id);
        String replicaId = Fixtures.createModel(replica);

        Api.admin().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + police).then().statusCode(409)
                .body("detail", containsString("Mô hình gốc " + tag));
        Api.admin().header("If-Match", Fixtures.etag(PATH + "/" + id)).delete(PATH + "/" + id).then().statusCode(409)
                .body("detail", containsString(point))
                .body("detail", containsString(replicaId));
        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/" + id + "/points/" + point).then().statusCode(204);
        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/" + replicaId).then().statusCode(204);
        Api.admin().header("If-Match", Fixtures.etag(PATH + "/" + id)).delete(PATH + "/" + id).then().statusCode(204);
        Api.viewer().get(PATH + "/" + id).then().statusCode(404);
        Api.viewer().get(PATH + "/" + id + "/points").then().statusCode(404);
        Api.viewer().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("delete"))
                .body("items[0].after.points[0].deletedAt", startsWith("20"));
        Api.admin().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + police).then().statusCode(204);
    }

    private static io.restassured.response.ValidatableResponse list(Map<String, String> params, String tag) {
        var request = Api.viewer().queryParam("q", tag);
        params.forEach(request::queryParam);
        return request.get(PATH).then().statusCode(200);
    }

    private static Map<String, Object> womensUnion(String name) {
        Map<String, Object> body = Fixtures.districtPolice(name);
        body.put("type", "womens_union");
        body.put("activeTo", "2025-06-30");
        return body;
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
