package vn.antq.safety;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Standards as one engine: the rural security criterion and the model ward police pilot beside "An toàn về
 * ANTT", each with its own subjects, uniqueness, list, bulk rows and statistics. Each test takes a year of its
 * own at random (the test database may outlive a run) and reads statistics as differences.
 */
@QuarkusTest
class StandardsTest {

    private static final String PATH = "/api/v1/safety-assessments";
    /** The template's columns and the optional standard and stage. */
    private static final String HEADER = String.join(",", SafetyBulkImport.COLUMNS) + ","
            + String.join(",", SafetyBulkImport.OPTIONAL_COLUMNS) + "\n";
    /** Legacy communes of Hà Tĩnh's Hương Sơn district (type commune) and a legacy ward of Lạng Sơn. */
    private static final String SON_NINH = "18175";
    private static final String SON_HONG = "18139";
    private static final String SON_TIEN = "18142";
    private static final String SON_GIANG = "18157";
    private static final String HOANG_VAN_THU = "05971";

    private static int year() {
        // Years of the legacy structure after Hương Sơn's communes were merged in 2019.
        return ThreadLocalRandom.current().nextInt(2020, 2025);
    }

    private static Map<String, Object> assessment(String standard, String kind, String code, int year, boolean attained) {
        Map<String, Object> body = new HashMap<>();
        if (standard != null) {
            body.put("standard", standard);
        }
        body.put("subjectKind", kind);
        body.put("year", year);
        body.put("adminUnit", Fixtures.unit("legacy", code));
        body.put("attained", attained);
        return body;
    }

    @Test
    void aCommuneIsAssessedOncePerStandardAndYear() {
        int year = year();
        String antt = Api.admin().body(assessment(null, "commune", SON_NINH, year, true)).post(PATH)
                .then().statusCode(201).body("standard", equalTo("antt_safe")).body("stage", nullValue())
                .extract().path("id");
        String criterion = Api.admin().body(assessment("rural_security_criterion", "commune", SON_NINH, year, false)).post(PATH)
                .then().statusCode(201).body("standard", equalTo("rural_security_criterion")).body("attained", equalTo(false))
                .extract().path("id");
        // A second assessment against the same standard is a conflict naming the first.
        Api.admin().body(assessment("rural_security_criterion", "commune", SON_NINH, year, true)).post(PATH)
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString(criterion));

        // A list that names no standard is of "An toàn về ANTT", as before standards were named.
        Api.viewer().queryParam("unit", "legacy:" + SON_NINH).queryParam("year", year).get(PATH)
                .then().statusCode(200).body("items.id", equalTo(List.of(antt)));
        Api.viewer().queryParam("unit", "legacy:" + SON_NINH).queryParam("year", year)
                .queryParam("standard", "rural_security_criterion").get(PATH)
                .then().statusCode(200).body("items.id", equalTo(List.of(criterion)))
                .body("items[0].standard", equalTo("rural_security_criterion"));
        Api.invalidRequest(Tokens.viewer()).queryParam("standard", "nope").get(PATH)
                .then().statusCode(400).body("errors.field", hasItem("standard"));
    }

    @Test
    void eachStandardAssessesItsOwnSubjects() {
        int year = year();
        Api.admin().body(assessment("rural_security_criterion", "ward", HOANG_VAN_THU, year, true)).post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("subjectKind"));
        Map<String, Object> pilotWithoutStage = assessment("model_ward_police", "ward", HOANG_VAN_THU, year, false);
        Api.admin().body(pilotWithoutStage).post(PATH).then().statusCode(400).body("errors.field", hasItem("stage"));
        Map<String, Object> designatedButAttained = assessment("model_ward_police", "ward", HOANG_VAN_THU, year, true);
        designatedButAttained.put("stage", "designated");
        Api.admin().body(designatedButAttained).post(PATH).then().statusCode(400).body("errors.field", hasItem("attained"));
        Map<String, Object> staged = assessment(null, "commune", SON_NINH, year, true);
        staged.put("stage", "recognized");
        Api.admin().body(staged).post(PATH).then().statusCode(400).body("errors.field", hasItem("stage"));
    }

    @Test
    void theModelWardPolicePilotIsListedByStageAndCounted() {
        int year = year();
        Map<String, Object> before = rows("model_ward_police", "legacy:20", year);
        Map<String, Object> pilot = assessment("model_ward_police", "ward", HOANG_VAN_THU, year, true);
        pilot.put("stage", "recognized");
        String id = Api.admin().body(pilot).post(PATH).then().statusCode(201)
                .body("stage", equalTo("recognized")).body("standard", equalTo("model_ward_police")).extract().path("id");
        Api.viewer().queryParam("unit", "legacy:20").queryParam("year", year).queryParam("standard", "model_ward_police")
                .queryParam("stage", "recognized").get(PATH)
                .then().statusCode(200).body("items.id", hasItem(id));
        Map<String, Object> designated = assessment("model_ward_police", "ward", "05977", year, false);
        designated.put("stage", "designated");
        String designatedId = Api.admin().body(designated).post(PATH).then().statusCode(201).extract().path("id");
        Api.viewer().queryParam("unit", "legacy:20").queryParam("year", year).queryParam("standard", "model_ward_police")
                .queryParam("stage", "designated").get(PATH)
                .then().statusCode(200).body("items.id", equalTo(List.of(designatedId)));
        // The pilot's statistic: the wards recognized of the wards in the pilot.
        Map<String, Object> after = rows("model_ward_police", "legacy:20", year);
        assertThat(delta(before, after, "subjectKind", "ward")).isEqualTo(List.of(1L, 2L));
        // The pilot does not count under "An toàn về ANTT".
        assertThat(delta(rows(null, "legacy:20", year), rows(null, "legacy:20", year), "subjectKind", "ward"))
                .isEqualTo(List.of(0L, 0L));
    }

    @Test
    void aProvincesCriterionStatisticsGiveAttainedOfTotalPerCommuneKind() {
        int year = year();
        Map<String, Object> before = rows("rural_security_criterion", "legacy:42", year);
        Map<String, Object> anttBefore = rows(null, "legacy:42", year);
        // Submitted in bulk, the standard named in its column; one row of "An toàn về ANTT" beside them.
        String csv = HEADER
                + year + ",commune,legacy:" + SON_HONG + ",,,true,,,,,,,rural_security_criterion,\n"
                + year + ",commune,legacy:" + SON_TIEN + ",,,true,,,,,,,rural_security_criterion,\n"
                + year + ",commune,legacy:" + SON_GIANG + ",,,false,,,,,,,rural_security_criterion,\n"
                + year + ",commune,legacy:" + SON_GIANG + ",,,true,,,,,,,,\n";
        Api.admin().contentType("text/csv; charset=UTF-8").body(csv).post(PATH + "/bulk")
                .then().statusCode(201).body("created", equalTo(4));
        Map<String, Object> after = rows("rural_security_criterion", "legacy:42", year);
        assertThat(delta(before, after, "subjectKind", "commune")).isEqualTo(List.of(2L, 3L));
        assertThat(delta(anttBefore, rows(null, "legacy:42", year), "subjectKind", "commune")).isEqualTo(List.of(1L, 1L));

        // The same commune twice against one standard in a file is an error of its row; against two it is not.
        String twice = HEADER
                + year + ",commune,legacy:" + SON_HONG + ",,,true,,,,,,,rural_security_criterion,\n";
        Api.admin().contentType("text/csv; charset=UTF-8").body(twice).post(PATH + "/bulk")
                .then().statusCode(400).body("errors.field", hasItem("row 2: adminUnit"));
        String badStandard = HEADER
                + year + ",ward,legacy:" + HOANG_VAN_THU + ",,,true,,,,,,,rural_security_criterion,designated\n";
        Api.admin().contentType("text/csv; charset=UTF-8").body(badStandard).post(PATH + "/bulk")
                .then().statusCode(400).body("errors.field", hasItem("row 2: subjectKind"))
                .body("errors.field", hasItem("row 2: stage"));
    }

    @Test
    void onlyTheSafetyStatisticTakesAStandard() {
        Api.invalidRequest(Tokens.viewer()).queryParam("year", 2022).queryParam("standard", "rural_security_criterion")
                .get("/api/v1/statistics/festivals")
                .then().statusCode(400).body("errors.field", hasItem("standard"));
        Api.invalidRequest(Tokens.viewer()).queryParam("year", 2022).queryParam("standard", "nope").get("/api/v1/statistics/safety")
                .then().statusCode(400).body("errors.field", hasItem("standard"));
    }

    /** The statistic's rows for the standard (null: the default) in a legacy province and year. */
    private static Map<String, Object> rows(String standard, String unit, int year) {
        var request = Api.viewer().queryParam("unit", unit).queryParam("year", year).queryParam("era", "legacy");
        if (standard != null) {
            request.queryParam("standard", standard);
        }
        JsonPath report = request.get("/api/v1/statistics/safety").then().statusCode(200).extract().jsonPath();
        Map<String, Object> found = new HashMap<>();
        List<Map<String, Object>> rows = report.getList("rows");
        for (Map<String, Object> row : rows) {
            if ("total".equals(row.get("section")) && row.get("dimension") != null) {
                found.put(row.get("dimension") + "=" + row.get("key"), row.get("values"));
            }
        }
        return found;
    }

    /** [attained, total] gained by a dimension's key between two readings. */
    @SuppressWarnings("unchecked")
    private static List<Long> delta(Map<String, Object> before, Map<String, Object> after, String dimension, String key) {
        Map<String, Number> b = (Map<String, Number>) before.getOrDefault(dimension + "=" + key, Map.of());
        Map<String, Number> a = (Map<String, Number>) after.getOrDefault(dimension + "=" + key, Map.of());
        return List.of(number(a, "attained") - number(b, "attained"), number(a, "total") - number(b, "total"));
    }

    private static long number(Map<String, Number> values, String name) {
        Number n = values.get(name);
        return n == null ? 0 : n.longValue();
    }
}
