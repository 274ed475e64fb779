package vn.antq.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.antq.reporting.ReportingFixtures.REPORTS;
import static vn.antq.reporting.ReportingFixtures.TARGETS;

/** Targets as records, and beside the figures of the indicator statistics. */
@QuarkusTest
class TargetTest {

    static Map<String, Object> target(String era, String code, String indicator, int year, Long value, Double share) {
        Map<String, Object> body = new HashMap<>();
        body.put("adminUnit", Fixtures.unit(era, code));
        body.put("indicator", indicator);
        body.put("fromYear", year);
        body.put("toYear", year);
        body.put("minimumValue", value);
        body.put("minimumShare", share);
        body.put("note", "Chỉ tiêu kiểm thử " + Fixtures.tag());
        return body;
    }

    @Test
    void aTargetIsARecordWithOneLiveTargetPerUnitIndicatorAndYears() {
        String province = ReportingFixtures.randomProvince();
        int year = ReportingFixtures.randomYear();
        Map<String, Object> body = target("2025", province, "safety_commune_attained", year, null, 0.95);
        String id = Api.admin().header("Idempotency-Key", "target-" + Fixtures.tag()).body(body).post(TARGETS).then()
                .statusCode(201).body("minimumShare", equalTo(0.95f)).body("minimumValue", nullValue())
                .body("shareOf", equalTo("safety_commune_assessed")).body("adminUnit.code", equalTo(province))
                .extract().path("id");
        Api.admin().body(body).post(TARGETS).then().statusCode(409).contentType("application/problem+json");
        Api.viewer().queryParam("unit", "2025:" + province).queryParam("year", year).get(TARGETS).then().statusCode(200)
                .body("items.id", hasItems(id));

        Api.admin().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("minimumShare", 0.9)).patch(TARGETS + "/" + id).then().statusCode(200)
                .body("minimumShare", equalTo(0.9f));
        Api.viewer().get(TARGETS + "/" + id + "/history").then().statusCode(200).body("items", hasSize(2));
        Api.admin().header("If-Match", "\"1\"").delete(TARGETS + "/" + id).then().statusCode(204);
        Api.viewer().get(TARGETS + "/" + id).then().statusCode(404);
    }

    @Test
    void badTargetsNameEveryBadField() {
        Map<String, Object> both = target("2025", "20", "mediation_teams", 2040, 5L, 0.5);
        both.put("toYear", 2039);
        Api.admin().body(both).post(TARGETS).then().statusCode(400)
                .body("errors.field", hasItems("minimumShare", "toYear"));
        // A share needs an indicator that is a part of a whole; a legacy unit did not exist in 2040.
        Api.admin().body(target("legacy", "20", "mediation_teams", 2040, null, 0.5)).post(TARGETS).then().statusCode(400)
                .body("errors.field", hasItems("minimumShare", "adminUnit"));
        Api.admin().body(target("2025", "20", "no_such_thing", 2040, 1L, null)).post(TARGETS).then().statusCode(400)
                .body("errors.field", hasItems("indicator"));
    }

    @Test
    void theStatisticsShowEachFiguresTargetAndWhetherItWasMet() {
        String tag = Fixtures.tag();
        String province = ReportingFixtures.randomProvince();
        int year = ReportingFixtures.randomYear();
        String commune = ReportingFixtures.communes(province).get(0);

        // The commune's report (7 mediation teams), submitted by an admin and accepted by an editor of the province.
        String communeReport = ReportingFixtures.submitReport(tag, commune, year);
        Api.as(Tokens.editor(province)).header("If-Match", "\"1\"").post(REPORTS + "/" + communeReport + "/acceptance")
                .then().statusCode(200);
        // The province's own report: 96 of 100 communes up to the safety standard; submitted by its editor, accepted by an admin.
        Map<String, Object> own = ReportingFixtures.communeReport(tag, commune, year);
        own.put("level", "province");
        own.put("adminUnit", Fixtures.unit("2025", province));
        own.put("values", List.of(Map.of("indicator", "safety_commune_assessed", "value", 100),
                Map.of("indicator", "safety_commune_attained", "value", 96)));
        String provinceReport = Fixtures.createIndicatorReport(own);
        Api.as(Tokens.editor(province)).header("If-Match", "\"0\"").post(REPORTS + "/" + provinceReport + "/submission")
                .then().statusCode(200);
        Api.admin().header("If-Match", "\"1\"").post(REPORTS + "/" + provinceReport + "/acceptance").then().statusCode(200);

        Api.admin().body(target("2025", province, "safety_commune_attained", year, null, 0.95)).post(TARGETS).then().statusCode(201);
        Api.admin().body(target("2025", province, "safety_commune_assessed", year, 200L, null)).post(TARGETS).then().statusCode(201);
        Api.admin().body(target("2025", commune, "mediation_teams", year, 5L, null)).post(TARGETS).then().statusCode(201);

        JsonPath stats = Api.viewer().queryParam("unit", "2025:" + province).queryParam("year", year).queryParam("era", "2025")
                .get("/api/v1/statistics/indicators").then().statusCode(200).extract().jsonPath();
        Map<String, Object> attained = figure(stats, "unit", null, "safety_commune_attained");
        assertThat(((Map<?, ?>) attained.get("target")).get("minimumShare")).isEqualTo(0.95f);
        assertThat(attained.get("targetMet")).isEqualTo(true);
        Map<String, Object> assessed = figure(stats, "unit", null, "safety_commune_assessed");
        assertThat(((Map<?, ?>) assessed.get("target")).get("minimumValue")).isEqualTo(200);
        assertThat(assessed.get("targetMet")).isEqualTo(false);
        Map<String, Object> teams = figure(stats, "area", commune, "mediation_teams");
        assertThat(teams.get("targetMet")).isEqualTo(true);
        Map<String, Object> total = figure(stats, "total", null, "mediation_teams");
        assertThat(total.get("target")).isNull();
        assertThat(total.get("targetMet")).isNull();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figure(JsonPath stats, String section, String area, String indicator) {
        for (Map<String, Object> row : stats.getList("rows", Map.class)) {
            Map<String, Object> unit = (Map<String, Object>) row.get("area");
            if (!section.equals(row.get("section")) || area != null && (unit == null || !area.equals(unit.get("code")))) {
                continue;
            }
            for (Map<String, Object> figure : (List<Map<String, Object>>) row.get("figures")) {
                if (indicator.equals(figure.get("indicator"))) {
                    return figure;
                }
            }
        }
        throw new AssertionError("no " + indicator + " in section " + section + " " + area);
    }
}
