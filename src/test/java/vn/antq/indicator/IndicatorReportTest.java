package vn.antq.indicator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * The indicator catalogue, periodic reports on their way up, and the indicator statistics built from the
 * seeds' figures. The test database outlives a run: each scenario takes a period still free for its units.
 */
@QuarkusTest
class IndicatorReportTest {

    private static final String REPORTS = "/api/v1/indicator-reports";
    private static final String STATISTICS = "/api/v1/statistics/indicators";

    @Test
    void theCatalogueHoldsTheSeedsIndicatorsAndOnlyAdminsWriteIt() {
        Api.viewer().queryParam("code", "community_managed_reoffended").get("/api/v1/indicators").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].shareOf", equalTo("community_managed_people"))
                .body("items[0].kind", equalTo("people"))
                .body("items[0].aggregation", equalTo("sum"));
        Api.viewer().queryParam("q", "toi pham moi").get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", hasItem("residential_groups_no_new_crime"));
        Api.viewer().queryParam("shareOf", "festival_points").get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", containsInAnyOrder("festival_points_provincial_leaders", "festival_points_district_leaders"));

        String code = "test_" + Fixtures.tag().replace('-', '_');
        Map<String, Object> body = indicator(code, null);
        Api.as(Tokens.editor("38")).body(body).post("/api/v1/indicators").then().statusCode(403);
        String id = Api.admin().body(body).post("/api/v1/indicators").then().statusCode(201).extract().path("id");
        Api.admin().body(body).post("/api/v1/indicators").then().statusCode(409);
        Map<String, Object> part = indicator(code + "_part", code);
        String partId = Api.admin().body(part).post("/api/v1/indicators").then().statusCode(201)
                .body("shareOf", equalTo(code)).extract().path("id");
        // A whole is not deleted while a part refers to it; a code never changes.
        Api.admin().header("If-Match", "\"0\"").delete("/api/v1/indicators/" + id).then().statusCode(409);
        Map<String, Object> renamed = new HashMap<>(part);
        renamed.put("code", code + "_other");
        Api.admin().header("If-Match", "\"0\"").body(renamed).put("/api/v1/indicators/" + partId).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("code"));
        Api.viewer().get("/api/v1/indicators/" + partId + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("create"))).body("items[0].after.shareOf", equalTo(code))
                .body("items[0].actor.subject", equalTo("test-admin"));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        String org = Fixtures.createOrganization(Fixtures.districtPolice("Công an " + Fixtures.tag()));
        Map<String, Object> body = report("final", "district", Fixtures.unit("2025", "15499"), org, 2013, 2023, List.of(
                value("no_such_indicator", 5),
                value("community_managed_people", -1),
                value("residential_groups", 181),
                value("residential_groups_no_new_crime", 190),
                value("festival_points_provincial_leaders", 1)));
        Api.invalidRequest(Tokens.admin()).body(body).post(REPORTS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder(
                        "adminUnit",                 // a commune for a district's report,
                        "adminUnit",                 // and of 2025 for 2013-2023
                        "values[0].indicator",       // not in the catalogue
                        "values[1].value",           // negative
                        "values[3].value",           // 190 of 181
                        "values[4].indicator"));     // not reported at the district level
        // A retired indicator: festival points with district leaders end with the districts.
        Map<String, Object> late = report("annual", "province", Fixtures.unit("2025", "42"),
                Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh " + Fixtures.tag(), "police", "42")), 2026, 2026,
                List.of(value("festival_points", 10), value("festival_points_district_leaders", 3), value("festival_points", 2)));
        Api.admin().body(late).post(REPORTS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("values[1].indicator", "values[2].indicator"));
    }

    @Test
    void reportsGoUpThroughSubmissionAndAcceptanceByTheLevelAbove() {
        String org = Fixtures.createOrganization(Fixtures.districtPolice("Công an " + Fixtures.tag()));
        int year = freeYear("legacy:395", "district", "annual", 2020, 2024);
        Map<String, Object> body = report("annual", "district", Fixtures.unit("legacy", "395"), org, year, year,
                List.of(value("mediation_teams", 274)));
        String district = Tokens.sign(c -> c.subject("editor-tho-xuan"), "editor", List.of("38"), "/keys/test-signer.pem");
        String province = Tokens.sign(c -> c.subject("editor-thanh-hoa"), "editor", List.of("38"), "/keys/test-signer.pem");
        String id = Api.as(district).body(body).post(REPORTS).then().statusCode(201).body("status", equalTo("draft"))
                .extract().path("id");
        Api.as(district).body(body).post(REPORTS).then().statusCode(409);
        Api.as(district).header("If-Match", "\"0\"").post(REPORTS + "/" + id + "/submission").then().statusCode(200)
                .body("status", equalTo("submitted")).body("submittedBy", equalTo("editor-tho-xuan"));
        // Not by the one who submitted it, nor by an editor of another province; a submitted report does not change.
        Api.as(district).header("If-Match", "\"1\"").post(REPORTS + "/" + id + "/acceptance").then().statusCode(403);
        Api.as(Tokens.editor("01")).header("If-Match", "\"1\"").post(REPORTS + "/" + id + "/acceptance").then().statusCode(403);
        Api.as(district).header("If-Match", "\"1\"").body(body).put(REPORTS + "/" + id).then().statusCode(409);
        Api.as(province).header("If-Match", "\"1\"").body(Map.of("reason", "Thiếu số liệu tổ hòa giải mới"))
                .post(REPORTS + "/" + id + "/return").then().statusCode(200)
                .body("status", equalTo("returned")).body("returnReason", equalTo("Thiếu số liệu tổ hòa giải mới"));
        Api.as(district).header("If-Match", "\"2\"").body(body).put(REPORTS + "/" + id).then().statusCode(200);
        Api.as(district).header("If-Match", "\"3\"").post(REPORTS + "/" + id + "/submission").then().statusCode(200);
        Api.as(province).header("If-Match", "\"3\"").post(REPORTS + "/" + id + "/acceptance").then().statusCode(412);
        Api.as(province).header("If-Match", "\"4\"").post(REPORTS + "/" + id + "/acceptance").then().statusCode(200)
                .body("status", equalTo("accepted")).body("decidedBy", equalTo("editor-thanh-hoa"))
                .body("returnReason", nullValue());
        Api.as(district).header("If-Match", "\"5\"").delete(REPORTS + "/" + id).then().statusCode(409);
        Api.viewer().get(REPORTS + "/" + id + "/history").then().statusCode(200).body("items", hasSize(6));
        Api.viewer().queryParam("unit", "2025:38").queryParam("status", "accepted").queryParam("year", String.valueOf(year))
                .queryParam("indicator", "mediation_teams").get(REPORTS).then().statusCode(200).body("items.id", hasItem(id));
    }

    /** Hòa Bình 2013-2023: 6,195 brought under community management, 1,411 still managed, 458 reoffended (7.39 %). */
    @Test
    void hoaBinhsReoffendingRateComesOutOfTheStatisticsInBothStructures() {
        int from = freeSpan("2025:25", "province", "final", 2013, 10);
        String org = Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh Hòa Bình " + Fixtures.tag(), "police", "25"));
        accepted(report("final", "province", Fixtures.unit("legacy", "17"), org, from, from + 10, List.of(
                value("community_managed_people", 6195), value("community_managed_current", 1411),
                value("community_managed_reoffended", 458))));

        JsonPath legacy = statistics("legacy:17", "legacy", from, from + 10);
        assertThat(legacy.getInt("rows.find { it.section == 'unit' }.reports")).isEqualTo(1);
        assertThat(legacy.getFloat("rows.find { it.section == 'unit' }.figures.find { it.indicator == 'community_managed_reoffended' }.ratio"))
                .isEqualTo(0.0739f);
        assertThat(legacy.getFloat("rows.find { it.section == 'unit' }.figures.find { it.indicator == 'community_managed_current' }.ratio"))
                .isEqualTo(0.2278f);
        // The 2025 structure: Hòa Bình's report rolls up into Phú Thọ, one level down from the country.
        JsonPath country = statistics(null, "2025", from, from + 10);
        assertThat(country.getLong("rows.find { it.section == 'area' && it.area.code == '25' }.figures.find { it.indicator == 'community_managed_reoffended' }.reported"))
                .isEqualTo(458L);
        assertThat(country.getFloat("rows.find { it.section == 'area' && it.area.code == '25' }.figures.find { it.indicator == 'community_managed_reoffended' }.ratio"))
                .isEqualTo(0.0739f);
        assertThat(country.getInt("coverage.units")).isEqualTo(34);
    }

    /** Bắc Từ Liêm's 5-year review: 163 of 181 residential groups with no new crime, 177 of 181 with no new drug users. */
    @Test
    void bacTuLiemsResidentialGroupsComeOutOneLevelDownFromHanoi() {
        int from = freeSpan("legacy:01", "district", "interim", 2013, 5);
        String org = Fixtures.createOrganization(Fixtures.districtPolice("Công an quận Bắc Từ Liêm " + Fixtures.tag()));
        accepted(report("interim", "district", Fixtures.unit("legacy", "021"), org, from, from + 5, List.of(
                value("residential_groups", 181), value("residential_groups_no_new_crime", 163),
                value("residential_groups_no_new_drug_users", 177))));

        JsonPath hanoi = statistics("legacy:01", "legacy", from, from + 5);
        String area = "rows.find { it.section == 'area' && it.area.code == '021' }";
        assertThat(hanoi.getString(area + ".area.fullName")).isEqualTo("Quận Bắc Từ Liêm");
        assertThat(hanoi.getLong(area + ".figures.find { it.indicator == 'residential_groups_no_new_crime' }.reported")).isEqualTo(163L);
        assertThat(hanoi.getFloat(area + ".figures.find { it.indicator == 'residential_groups_no_new_crime' }.ratio")).isEqualTo(0.9006f);
        assertThat(hanoi.getFloat(area + ".figures.find { it.indicator == 'residential_groups_no_new_drug_users' }.ratio")).isEqualTo(0.9779f);
        assertThat(hanoi.getInt("coverage.reporting")).isEqualTo(1);
        assertThat(hanoi.getString("coverage.level")).isEqualTo("district");

        String csv = Api.viewer().accept("text/csv").queryParam("unit", "legacy:01").queryParam("structure", "legacy")
                .queryParam("fromYear", String.valueOf(from)).queryParam("toYear", String.valueOf(from + 5))
                .get(STATISTICS).then().statusCode(200).extract().asString();
        assertThat(csv).contains("legacy," + from + "," + (from + 5)
                + ",area,legacy,021,Quận Bắc Từ Liêm,1,residential_groups_no_new_crime,163,residential_groups,0.9006,,\r\n");
        // The same CSV at its own address, for typed clients.
        String file = Api.viewer().queryParam("unit", "legacy:01").queryParam("era", "legacy")
                .queryParam("fromYear", String.valueOf(from)).queryParam("toYear", String.valueOf(from + 5))
                .get(STATISTICS + ".csv").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"indicators-" + from + "-" + (from + 5) + ".csv\"")
                .extract().asString();
        assertThat(file).isEqualTo(csv);
    }

    /** Ratios of a total come from the summed parts, never from averaging the areas' ratios. */
    @Test
    void ratiosOfATotalAreRecomputedFromSummedParts() {
        int from = freeSpan("legacy:01", "district", "final", 2014, 0);
        String org = Fixtures.createOrganization(Fixtures.districtPolice("Công an " + Fixtures.tag()));
        accepted(report("final", "district", Fixtures.unit("legacy", "021"), org, from, from,
                List.of(value("residential_groups", 181), value("residential_groups_no_new_crime", 163))));
        accepted(report("final", "district", Fixtures.unit("legacy", "001"), org, from, from,
                List.of(value("residential_groups", 19), value("residential_groups_no_new_crime", 1))));
        JsonPath hanoi = statistics("legacy:01", "legacy", from, from);
        String total = "rows.find { it.section == 'total' }.figures.find { it.indicator == 'residential_groups_no_new_crime' }";
        assertThat(hanoi.getLong(total + ".reported")).isEqualTo(164L);
        assertThat(hanoi.getFloat(total + ".ratio")).isEqualTo(0.82f); // 164 / 200, not the mean of 0.9006 and 0.0526
        assertThat(hanoi.getInt("coverage.reporting")).isEqualTo(2);
    }

    /** Hà Tĩnh reports 1,407 festival points; the registry holds two: the statistics show both and the difference. */
    @Test
    void reportedFiguresStandBesideTheFiguresOfTheRecords() {
        int year = 2030;
        while (Api.viewer().queryParam("unit", "2025:42").queryParam("year", String.valueOf(year)).get("/api/v1/statistics/festivals")
                .then().statusCode(200).extract().jsonPath().getInt("rows.find { it.section == 'total' }.values.points") > 0
                || !Api.viewer().queryParam("unit", "2025:42").queryParam("year", String.valueOf(year)).get(REPORTS)
                .then().extract().jsonPath().getList("items").isEmpty()) {
            year++;
        }
        String org = Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh Hà Tĩnh " + Fixtures.tag(), "police", "42"));
        for (int i = 0; i < 2; i++) {
            Map<String, Object> festival = Fixtures.festival("Ngày hội " + Fixtures.tag(), org, year + "-08-1" + i, 18.34, 105.9);
            Fixtures.createFestival(festival);
        }
        accepted(report("annual", "province", Fixtures.unit("2025", "42"), org, year, year, List.of(
                value("festival_points", 1407), value("festival_points_provincial_leaders", 15),
                value("festival_participants", 84000), value("festival_gifts", 412), value("mediation_teams", 3))));
        JsonPath haTinh = statistics("2025:42", "2025", year, year);
        String own = "rows.find { it.section == 'unit' }.figures";
        assertThat(haTinh.getLong(own + ".find { it.indicator == 'festival_points' }.recorded")).isEqualTo(2L);
        assertThat(haTinh.getLong(own + ".find { it.indicator == 'festival_points' }.difference")).isEqualTo(1405L);
        assertThat(haTinh.getFloat(own + ".find { it.indicator == 'festival_points_provincial_leaders' }.ratio")).isEqualTo(0.0107f);
        assertThat(haTinh.getString(own + ".find { it.indicator == 'mediation_teams' }.recorded")).isNull();
    }

    /** Many communes' reports in one file, one line per figure: stored and submitted all together, or not at all. */
    @Test
    void aBulkFileIsStoredWholeOrNotAtAll() {
        String tag = Fixtures.tag();
        Map<String, Object> first = Fixtures.indicatorReport(tag, "395");
        Map<String, Object> second = Fixtures.indicatorReport(tag, "395");
        while (second.get("adminUnit").equals(first.get("adminUnit"))) {
            second = Fixtures.indicatorReport(tag, "395");
        }
        String header = "kind,level,adminUnit,organizationId,fromYear,toYear,title,indicator,value\n";
        String good = header + line(first, "residential_groups", 40) + line(first, "residential_groups_no_new_crime", 38)
                + line(second, "mediation_teams", 7);
        String bad = header + line(first, "residential_groups", 40) + line(first, "residential_groups_no_new_crime", 41)
                + line(second, "no_such_indicator", 7);
        Api.as(Tokens.editor("38")).contentType("text/csv; charset=UTF-8").body(bad).post(REPORTS + "/bulk").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("row 3: value", "row 4: indicator"));
        Api.as(Tokens.editor("01")).contentType("text/csv; charset=UTF-8").body(good).post(REPORTS + "/bulk").then().statusCode(403);
        Api.admin().queryParam("q", tag).get(REPORTS).then().statusCode(200).body("items", hasSize(0));

        Api.as(Tokens.editor("38")).contentType("text/csv; charset=UTF-8").body(good).post(REPORTS + "/bulk").then().statusCode(201)
                .body("created", equalTo(2)).body("status", equalTo("submitted"));
        Api.admin().queryParam("q", tag).queryParam("status", "submitted").get(REPORTS).then().statusCode(200).body("items", hasSize(2));
        // The same file again: the reports exist, nothing more is stored.
        Api.as(Tokens.editor("38")).contentType("text/csv; charset=UTF-8").body(good).post(REPORTS + "/bulk").then().statusCode(409);
        Api.admin().queryParam("q", tag).get(REPORTS).then().statusCode(200).body("items", hasSize(2));
    }

    /** A bulk file is checked with the same few queries however many reports it holds, never a query per report. */
    @Test
    void aBulkFileIsCheckedWithoutAQueryPerReport() {
        String header = "kind,level,adminUnit,organizationId,fromYear,toYear,title,indicator,value\n";
        StringBuilder two = new StringBuilder(header);
        StringBuilder eight = new StringBuilder(header);
        for (int i = 0; i < 8; i++) {
            Map<String, Object> report = Fixtures.indicatorReport(Fixtures.tag(), "395");
            // Each report has a part above its whole: the file is refused after every report was checked.
            String lines = line(report, "residential_groups", 40) + line(report, "residential_groups_no_new_crime", 41);
            eight.append(lines);
            if (i < 2) {
                two.append(lines);
            }
        }
        long withTwo = statementsToCheck(two.toString());
        long withEight = statementsToCheck(eight.toString());
        assertThat(withEight).isEqualTo(withTwo);
    }

    /** A bulk file may be larger than the 1 MiB other bodies are held to: it reaches the checks (400), not 413. */
    @Test
    void aBulkFileMayExceedOneMebibyte() {
        StringBuilder csv = new StringBuilder("kind,level,adminUnit,organizationId,fromYear,toYear,title,indicator,value\n");
        String line = "annual,commune,legacy:15499," + java.util.UUID.randomUUID() + ",2018,2018,Báo cáo năm,mediation_teams,1\n";
        while (csv.length() < 3 * 1024 * 1024) { // more lines than a file may hold, refused by the checks
            csv.append(line);
        }
        Api.as(Tokens.editor("38")).contentType("text/csv; charset=UTF-8").body(csv.toString()).post(REPORTS + "/bulk")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("body"));
    }

    @Inject
    SessionFactory orm;

    /**
     * The statements the bulk check of {@code csv} runs, measured after a first submission (units then cached): the
     * fewest of a few tries, since the webhook dispatcher's statements are counted too whenever it looks meanwhile.
     */
    private long statementsToCheck(String csv) {
        Api.as(Tokens.editor("38")).contentType("text/csv; charset=UTF-8").body(csv).post(REPORTS + "/bulk").then().statusCode(400);
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 5; attempt++) {
            long before = orm.getStatistics().getPrepareStatementCount();
            Api.as(Tokens.editor("38")).contentType("text/csv; charset=UTF-8").body(csv).post(REPORTS + "/bulk").then().statusCode(400);
            fewest = Math.min(fewest, orm.getStatistics().getPrepareStatementCount() - before);
        }
        return fewest;
    }

    private static String line(Map<String, Object> report, String indicator, long value) {
        Map<?, ?> unit = (Map<?, ?>) report.get("adminUnit");
        return String.join(",", (String) report.get("kind"), (String) report.get("level"), unit.get("era") + ":" + unit.get("code"),
                (String) report.get("organizationId"), report.get("fromYear").toString(), report.get("toYear").toString(),
                (String) report.get("title"), indicator, String.valueOf(value)) + "\n";
    }

    @Test
    void statisticsReportEveryBadParameterAtOnce() {
        Api.viewer().queryParam("unit", "legacy:17").queryParam("structure", "2025").queryParam("year", "2022")
                .get(STATISTICS).then().statusCode(400).body("errors.field", containsInAnyOrder("unit"));
        Api.invalidRequest(Tokens.viewer()).queryParam("kind", "monthly").queryParam("structure", "1990").get(STATISTICS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("kind", "structure", "fromYear"));
    }

    // ------------------------------------------------------------------------------------------

    /** The first span from {@code from} on (years {@code from}..{@code from + length}) with no report of this kind in {@code unit}. */
    /** Only the reports of {@code level} count: other tests write many reports of the communes under the same units. */
    private static int freeSpan(String unit, String level, String kind, int from, int length) {
        List<Integer> taken = new ArrayList<>();
        JsonPath page = Api.admin().queryParam("unit", unit).queryParam("level", level).queryParam("kind", kind)
                .queryParam("limit", "100").get(REPORTS).then().statusCode(200).extract().jsonPath();
        for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
            if ((Integer) item.get("toYear") - (Integer) item.get("fromYear") == length) {
                taken.add((Integer) item.get("fromYear"));
            }
        }
        int year = from;
        while (taken.contains(year)) {
            year++;
        }
        return year;
    }

    private static int freeYear(String unit, String level, String kind, int first, int last) {
        for (int year = last; year >= first; year--) {
            if (Api.admin().queryParam("unit", unit).queryParam("level", level).queryParam("kind", kind)
                    .queryParam("year", String.valueOf(year)).get(REPORTS)
                    .then().statusCode(200).extract().jsonPath().getList("items").isEmpty()) {
                return year;
            }
        }
        return freeSpan(unit, level, kind, 2000, 0);
    }

    private static JsonPath statistics(String unit, String structure, int from, int to) {
        var request = Api.viewer().queryParam("structure", structure).queryParam("fromYear", String.valueOf(from))
                .queryParam("toYear", String.valueOf(to));
        if (unit != null) {
            request.queryParam("unit", unit);
        }
        return request.get(STATISTICS).then().statusCode(200).extract().jsonPath();
    }

    /** Creates the report, submits it as an editor and accepts it as an admin. */
    private static String accepted(Map<String, Object> body) {
        String id = Api.admin().body(body).post(REPORTS).then().statusCode(201).extract().path("id");
        String submitter = Tokens.sign(c -> c.subject("editor-" + Fixtures.tag()), "editor", List.of("01", "25", "38", "42"),
                "/keys/test-signer.pem");
        Api.as(submitter).header("If-Match", "\"0\"").post(REPORTS + "/" + id + "/submission").then().statusCode(200);
        Api.admin().header("If-Match", "\"1\"").post(REPORTS + "/" + id + "/acceptance").then().statusCode(200)
                .body("status", equalTo("accepted"));
        return id;
    }

    static Map<String, Object> report(String kind, String level, Map<String, Object> unit, String organizationId, int from, int to,
                                      List<Map<String, Object>> values) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("level", level);
        body.put("adminUnit", unit);
        body.put("organizationId", organizationId);
        body.put("fromYear", from);
        body.put("toYear", to);
        body.put("title", "Báo cáo " + Fixtures.tag());
        body.put("values", values);
        return body;
    }

    static Map<String, Object> value(String indicator, long value) {
        return Map.of("indicator", indicator, "value", value);
    }

    private static Map<String, Object> indicator(String code, String shareOf) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameVi", "Chỉ tiêu " + code);
        body.put("nameEn", "Indicator " + code);
        body.put("counts", "What " + code + " counts");
        body.put("kind", "count");
        body.put("shareOf", shareOf);
        body.put("levels", List.of("province", "district"));
        body.put("validFrom", "2013-01-01");
        return body;
    }
}
