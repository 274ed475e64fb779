package vn.antq.safety;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * Safety standard assessments: single writes, the bulk CSV submission and the statistics compiled from
 * them. Each test writes a province and year of its own (Lạng Sơn 2022, Hòa Bình 2019/2026, Thanh Hóa
 * 2018, Hà Tĩnh 2017, Nghệ An 2016), so that the statistics it reads hold only its data.
 */
@QuarkusTest
class SafetyAssessmentTest {

    private static final String PATH = "/api/v1/safety-assessments";
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String HEADER = String.join(",", SafetyBulkImport.COLUMNS) + "\n";

    /** The Lạng Sơn 2022 figures: 1,686/1,727 residential areas, 173/181 communes, 4/5 wards, 14/14 townships, 583/598 agencies, 44/57 enterprises, 291/296 schools. */
    @Test
    void langSon2022LoadedInBulkGivesTheSevenRatios() {
        List<Map<String, Object>> communes = new ArrayList<>();
        for (Map<String, Object> district : children("legacy:20")) {
            communes.addAll(children("legacy:" + district.get("code")));
        }
        List<String> commune = new ArrayList<>();
        List<String> township = new ArrayList<>();
        List<String> ward = new ArrayList<>();
        for (Map<String, Object> c : communes) {
            String code = (String) c.get("code");
            switch ((String) c.get("typeEn")) {
                case "commune" -> commune.add(code);
                case "commune_level_town" -> township.add(code);
                default -> ward.add(code);
            }
        }
        assertThat(communes).hasSize(200);
        // In 2022 Lạng Sơn had 181 communes and 14 townships; one commune has since become a township.
        commune.add(township.remove(0));
        assertThat(commune).hasSize(181);
        assertThat(township).hasSize(14);
        assertThat(ward).hasSize(5);

        // The test database outlives a run: the figures go into 2022, or the latest earlier year still empty.
        int year = freeYear("legacy", "legacy:20", 2022, -1);
        String authority = Fixtures.createOrganization(Fixtures.districtPolice("Ban Chỉ đạo 138 tỉnh Lạng Sơn " + Fixtures.tag()));
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1727; i++) {
            row(csv, year, "residential_area", "legacy:" + communes.get(i % 200).get("code"), "", "Thôn " + (i / 200 + 1) + " - " + i, i < 1686, authority);
        }
        addUnits(csv, year, "commune", commune, 173, authority);
        addUnits(csv, year, "ward", ward, 4, authority);
        addUnits(csv, year, "township", township, 14, authority);
        addOrganizations(csv, year, "agency", "agency", 598, 583, communes, authority);
        addOrganizations(csv, year, "enterprise", "enterprise", 57, 44, communes, authority);
        addOrganizations(csv, year, "school", "school", 296, 291, communes, authority);

        Api.admin().contentType(CSV).body(csv.toString()).post(PATH + "/bulk")
                .then().statusCode(201).body("created", equalTo(2878)).body("years", equalTo(List.of(year)));

        for (String[] scope : new String[][]{{"legacy", "legacy:20"}, {"2025", "2025:20"}}) {
            JsonPath stats = Api.viewer().queryParam("unit", scope[1]).queryParam("year", String.valueOf(year)).queryParam("structure", scope[0])
                    .get("/api/v1/statistics/safety").then().statusCode(200).extract().jsonPath();
            assertRatio(stats, "residential_area", 1686, 1727, 0.9763);
            assertRatio(stats, "commune", 173, 181, 0.9558);
            assertRatio(stats, "ward", 4, 5, 0.8);
            assertRatio(stats, "township", 14, 14, 1.0);
            assertRatio(stats, "agency", 583, 598, 0.9749);
            assertRatio(stats, "enterprise", 44, 57, 0.7719);
            assertRatio(stats, "school", 291, 296, 0.9831);
            // Year over year, and one level down: the 11 districts (legacy) or the province's 2025 communes.
            assertThat(stats.getList("rows.findAll { it.section == 'year' && it.dimension == null }.year")).containsExactly(year);
            List<Integer> areaTotals = stats.getList("rows.findAll { it.section == 'area' && it.dimension == null }.values.total", Integer.class);
            assertThat(areaTotals.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2878);
        }
        // The whole country holds them too, under Lạng Sơn.
        JsonPath country = Api.viewer().queryParam("year", String.valueOf(year)).get("/api/v1/statistics/safety").then().statusCode(200).extract().jsonPath();
        assertThat(country.getInt("rows.find { it.section == 'area' && it.area.code == '20' && it.dimension == null }.values.total"))
                .isGreaterThanOrEqualTo(2878);

        // The same figures as CSV, flat rows.
        String text = Api.viewer().accept("text/csv").queryParam("unit", "legacy:20").queryParam("year", String.valueOf(year))
                .queryParam("structure", "legacy").get("/api/v1/statistics/safety")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(text).startsWith("statistic,structure,section,year,areaEra,areaCode,areaName,dimension,key,attained,total,ratio\r\n");
        assertThat(text).contains("\r\nsafety,legacy,total,,,,,subjectKind,residential_area,1686,1727,0.9763\r\n");
        assertThat(text).contains("\r\nsafety,legacy,total,,,,,subjectKind,commune,173,181,0.9558\r\n");
        assertThat(text).contains("\r\nsafety,legacy,area,,legacy,178,Thành phố Lạng Sơn,,,");
        // The typed CSV operation serves the same file, named after the statistic and the year.
        String typed = Api.viewer().queryParam("unit", "legacy:20").queryParam("year", String.valueOf(year))
                .queryParam("structure", "legacy").get("/api/v1/statistics/safety.csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"safety-" + year + ".csv\"").extract().asString();
        assertThat(typed).isEqualTo(text);
    }

    /** Cao Phong (Hòa Bình, legacy 17) rolls up into Phú Thọ (2025 25) with structure=2025, and stays under Hòa Bình with legacy. */
    @Test
    void legacyRecordsRollUpIntoTheir2025ProvinceAndStayUnderTheLegacyOne() {
        int legacy = freeYear("legacy", "legacy:154", 2019, -1);
        int current = freeYear("2025", "2025:05092", 2026, +1);
        create(unitBody("commune", "legacy", "05092", legacy, true)).then().statusCode(201);      // Xã Bình Thanh, Cao Phong
        create(unitBody("township", "legacy", "05089", legacy, false)).then().statusCode(201);    // Thị trấn Cao Phong
        create(unitBody("commune", "2025", "05092", current, true)).then().statusCode(201);        // Xã Thung Nai, Phú Thọ

        assertTotal("2025", "2025:25", legacy, "commune", 1, 1);
        assertTotal("2025", "2025:25", legacy, "township", 0, 1);
        assertTotal("legacy", "legacy:17", legacy, "commune", 1, 1);
        assertTotal("legacy", "legacy:154", legacy, "township", 0, 1);
        // 2025-era records are not counted in the legacy structure; the 2025 province has them.
        assertTotal("legacy", "legacy:17", current, "commune", 0, 0);
        assertTotal("2025", "2025:25", current, "commune", 1, 1);
        // A 2025 commune takes in the legacy communes it took over (Bình Thanh became part of Thung Nai).
        assertTotal("2025", "2025:05092", legacy, "commune", 1, 1);
        // Within Phú Thọ the breakdown names the 2025 communes, legacy records included.
        JsonPath stats = Api.viewer().queryParam("unit", "2025:25").queryParam("fromYear", String.valueOf(legacy)).queryParam("toYear", String.valueOf(current))
                .get("/api/v1/statistics/safety").then().statusCode(200).extract().jsonPath();
        assertThat(stats.getList("rows.findAll { it.section == 'area' && it.dimension == null }.area.code"))
                .contains("05092", "05089");
        assertThat(stats.getList("rows.findAll { it.section == 'year' && it.dimension == null }.year")).contains(legacy, current);
        // A unit of the other era is refused.
        Api.viewer().queryParam("unit", "legacy:17").queryParam("year", "2019").get("/api/v1/statistics/safety")
                .then().statusCode(400).body("errors[0].field", equalTo("unit"));
    }

    @Test
    void aSubjectIsAssessedOnceAYear() {
        String tag = Fixtures.tag();
        Map<String, Object> body = areaBody("Thôn Xuân Lai " + tag, "15499", 2018);
        String id = create(body).then().statusCode(201).header("Location", containsString(PATH)).header("ETag", equalTo("\"0\""))
                .body("subjectName", equalTo("Thôn Xuân Lai " + tag)).body("adminUnit.code", equalTo("15499"))
                .extract().path("id");
        // The same area, however its name is cased and accented, is the same subject.
        Map<String, Object> again = areaBody("thon xuan lai " + tag.toUpperCase(), "15499", 2018);
        create(again).then().statusCode(409).contentType("application/problem+json").body("detail", containsString(id));
        // Another year is another assessment; the bulk path refuses the duplicate too, naming the row.
        create(areaBody("Thôn Xuân Lai " + tag, "15499", 2017)).then().statusCode(201);
        StringBuilder csv = new StringBuilder(HEADER);
        row(csv, 2018, "residential_area", "legacy:15499", "", "THÔN XUÂN LAI " + tag, true, "");
        Api.admin().contentType(CSV).body(csv.toString()).post(PATH + "/bulk").then().statusCode(400)
                .body("errors[0].field", equalTo("row 2: areaName")).body("errors[0].message", containsString(id));
        // Once deleted, the subject may be assessed again.
        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/" + id).then().statusCode(204);
        Api.admin().get(PATH + "/" + id).then().statusCode(404);
        create(again).then().statusCode(201);
    }

    @Test
    void aBulkFileIsStoredWholeOrNotAtAllAndEveryBadRowIsListed() {
        String tag = Fixtures.tag();
        StringBuilder csv = new StringBuilder(HEADER);
        row(csv, 2018, "residential_area", "legacy:15499", "", "Thôn A " + tag, true, "");          // row 2: fine
        row(csv, 2018, "residential_area", "legacy:99999", "", "Thôn B " + tag, true, "");          // row 3: no such unit
        csv.append("2018,residential_area,legacy:15499,,Thôn C ").append(tag).append(",maybe,,,,,,\n");   // row 4: attained
        row(csv, 2018, "ward", "legacy:15499", "", "", true, "");                                    // row 5: a township, not a ward
        row(csv, 2018, "residential_area", "2025:15499", "", "Thôn D " + tag, true, "");            // row 6: wrong era
        row(csv, 2018, "residential_area", "legacy:15499", "", "thon a " + tag, false, "");         // row 7: same as row 2
        csv.append("2018,agency,,not-a-uuid,,true,,,,,,\n");                                   // row 8: organizationId
        csv.append("2018,residential_area\n");                                                 // row 9: too few fields
        row(csv, 2018, "residential_area", "legacy:15499", "", "Thôn E " + tag, true, "");          // row 10: fine
        var response = Api.admin().contentType(CSV).body(csv.toString()).post(PATH + "/bulk").then().statusCode(400)
                .contentType("application/problem+json");
        List<String> fields = response.extract().jsonPath().getList("errors.field");
        assertThat(fields).containsExactlyInAnyOrder("row 3: adminUnit", "row 4: attained", "row 5: adminUnit", "row 6: adminUnit",
                "row 7: areaName", "row 8: organizationId", "row 9");
        Api.admin().queryParam("q", tag).get(PATH).then().statusCode(200).body("items", hasSize(0));

        // A bad header is named too.
        Api.admin().contentType(CSV).body("year,subjectKind,colour\n2018,commune,red\n").post(PATH + "/bulk").then().statusCode(400)
                .body("errors.field", hasItems("row 1: colour", "row 1: attained"));
        // Fixed, the file goes in whole; every row is in the audit trail.
        StringBuilder fixed = new StringBuilder(HEADER);
        row(fixed, 2018, "residential_area", "legacy:15499", "", "Thôn A " + tag, true, "");
        row(fixed, 2018, "residential_area", "legacy:15499", "", "Thôn E " + tag, false, "");
        Api.admin().contentType(CSV).body(fixed.toString()).post(PATH + "/bulk").then().statusCode(201).body("created", equalTo(2));
        List<String> ids = Api.admin().queryParam("q", tag).get(PATH).then().statusCode(200).body("items", hasSize(2))
                .extract().path("items.id");
        for (String id : ids) {
            Api.admin().get(PATH + "/" + id + "/history").then().statusCode(200).body("items[0].action", equalTo("create"));
        }
    }

    /** A file submitted again: every row is refused and counted, the first 1,000 are listed, nothing more is stored (Xã Hưng Hòa, Nghệ An). */
    @Test
    void aFileSubmittedTwiceIsRefusedWholeTheSecondTime() {
        int year = freeYear("legacy", "legacy:16711", 2016, -1);
        String tag = Fixtures.tag();
        int rows = 3000;
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            row(csv, year, "residential_area", "legacy:16711", "", "Xóm " + i + " " + tag, i % 4 != 0, "");
        }
        Api.admin().contentType(CSV).body(csv.toString()).post(PATH + "/bulk").then().statusCode(201).body("created", equalTo(rows));

        Api.admin().contentType(CSV).body(csv.toString()).post(PATH + "/bulk").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo(rows + " fields are invalid; nothing was stored. The first 1000 are listed."))
                .body("errors", hasSize(1000))
                .body("errors[0].field", equalTo("row 2: areaName"))
                .body("errors[0].message", startsWith("already has an assessment for " + year + ": safety assessment "))
                .body("errors[999].field", equalTo("row 1001: areaName"));
        assertTotal("legacy", "legacy:16711", year, "residential_area", rows * 3 / 4, rows);
    }

    /**
     * A file of several chunks: a row already assessed in a middle chunk and, in the last, a row naming again
     * a subject of the first chunk (stored by then, and rolled back) are both named; nothing is stored (Xã Hưng Hòa).
     */
    @Test
    void aLargeFileIsCheckedChunkByChunkAndRefusedWhole() {
        int year = freeYear("legacy", "legacy:16711", 2016, -1);
        String tag = Fixtures.tag();
        String assessed = create(areaBody("Xóm 2500 " + tag, "16711", year)).then().statusCode(201).extract().path("id");
        assertTotal("legacy", "legacy:16711", year, "residential_area", 1, 1);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 4999; i++) {
            row(csv, year, "residential_area", "legacy:16711", "", "Xóm " + i + " " + tag, true, "");   // row i + 2
        }
        row(csv, year, "residential_area", "legacy:16711", "", "XOM 1 " + tag, true, "");            // row 5001: as row 3
        Api.admin().contentType(CSV).body(csv.toString()).post(PATH + "/bulk").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("2 fields are invalid; nothing was stored."))
                .body("errors.field", contains("row 5001: areaName", "row 2502: areaName"))
                .body("errors[0].message", equalTo("assesses the same subject for " + year + " as row 3; a subject is assessed once a year"))
                .body("errors[1].message", equalTo("already has an assessment for " + year + ": safety assessment " + assessed));
        assertTotal("legacy", "legacy:16711", year, "residential_area", 1, 1);
    }

    /** A body that stops being UTF-8 after a chunk of good rows is refused as such, and nothing is stored. */
    @Test
    void aBodyThatIsNotUtf8PartWayIsRefusedWhole() {
        int year = freeYear("legacy", "legacy:16711", 2016, -1);
        String tag = Fixtures.tag();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 2500; i++) {
            row(csv, year, "residential_area", "legacy:16711", "", "Xóm " + i + " " + tag, true, "");
        }
        byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
        // A row saved as Latin-1: ó is the single byte 0xF3.
        byte[] latin1 = (year + ",residential_area,legacy:16711,,X\u00f3m cuoi " + tag + ",true,,,,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = Arrays.copyOf(good, good.length + latin1.length);
        System.arraycopy(latin1, 0, body, good.length, latin1.length);
        Api.admin().contentType(CSV).body(body).post(PATH + "/bulk").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("body"))
                .body("errors[0].message", equalTo("must be UTF-8 text"));
        assertTotal("legacy", "legacy:16711", year, "residential_area", 0, 0);
    }

    @Test
    void invalidAssessmentsAreRefusedWithEveryField() {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectKind", "ward");
        body.put("year", 2018);
        body.put("adminUnit", Fixtures.unit("legacy", "395"));   // a district
        body.put("areaName", "Thôn X");                         // not for a ward
        body.put("attained", true);
        body.put("periodStart", "2018-10-01");
        body.put("periodEnd", "2018-01-01");
        List<String> fields = create(body).then().statusCode(400).extract().jsonPath().getList("errors.field");
        assertThat(fields).containsExactlyInAnyOrder("adminUnit", "areaName", "periodEnd");

        Map<String, Object> agency = new HashMap<>();
        agency.put("subjectKind", "enterprise");
        agency.put("year", 2018);
        agency.put("attained", true);
        agency.put("organizationId", Fixtures.createOrganization(Fixtures.districtPolice("Công an " + Fixtures.tag())));
        create(agency).then().statusCode(400).body("errors[0].field", equalTo("organizationId"))
                .body("errors[0].message", containsString("police"));

        Api.invalidRequest(Tokens.admin()).body(Map.of("subjectKind", "village", "year", 1990, "attained", true)).post(PATH)
                .then().statusCode(400);
        Api.invalidRequest(Tokens.viewer()).queryParam("year", "20x").queryParam("structure", "1990").get("/api/v1/statistics/models")
                .then().statusCode(400).body("errors.field", hasItems("year", "structure"));
        Api.viewer().get("/api/v1/statistics/awards").then().statusCode(400);
    }

    @Test
    void anAssessmentIsReplacedUnderIfMatchAndKeepsItsHistory() {
        String tag = Fixtures.tag();
        String school = Fixtures.createOrganization(school("Trường THCS Xuân Lai " + tag));
        Map<String, Object> body = new HashMap<>();
        body.put("subjectKind", "school");
        body.put("year", 2018);
        body.put("organizationId", school);
        body.put("attained", false);
        body.put("decisionNumber", "QĐ-" + tag);
        String id = create(body).then().statusCode(201).body("adminUnit.code", equalTo("15499"))
                .body("subjectName", equalTo("Trường THCS Xuân Lai " + tag)).extract().path("id");
        body.put("attained", true);
        Api.invalidRequest(vn.antq.support.Tokens.admin()).body(body).put(PATH + "/" + id).then().statusCode(428);
        Api.admin().header("If-Match", "\"0\"").body(body).put(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("attained", equalTo(true));
        Api.admin().header("If-Match", "\"0\"").body(body).put(PATH + "/" + id).then().statusCode(412);
        Api.admin().header("If-None-Match", "\"1\"").get(PATH + "/" + id).then().statusCode(304);
        Api.admin().get(PATH + "/" + id + "/history").then().statusCode(200).body("items", hasSize(2));
        // The school is referred to: it cannot be deleted while the assessment lives.
        Api.admin().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + school).then().statusCode(409);
        Api.admin().queryParam("organizationId", school).get(PATH).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void theTemplateIsServedAsCsv() {
        String text = Api.viewer().accept("text/csv").get(PATH + "/template").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(text).startsWith(String.join(",", SafetyBulkImport.COLUMNS) + "\r\n");
    }

    @Test
    void otherStatisticsAnswerAsJsonAndCsv() {
        for (String statistic : List.of("models", "awards", "festivals", "safety")) {
            Api.viewer().queryParam("fromYear", "2013").queryParam("toYear", "2026").get("/api/v1/statistics/" + statistic)
                    .then().statusCode(200).body("statistic", equalTo(statistic)).body("structure", equalTo("2025"));
            Api.viewer().queryParam("unit", "legacy:38").queryParam("structure", "legacy").queryParam("year", "2023")
                    .accept("text/csv").get("/api/v1/statistics/" + statistic).then().statusCode(200)
                    .body(startsWith("statistic,structure,section,year"));
        }
    }

    /** era names the structure as the administrative units do; structure is its deprecated name and answers the same. */
    @Test
    void eraAndItsDeprecatedNameStructureAnswerTheSameReport() {
        for (String statistic : List.of("models", "awards", "festivals", "safety", "indicators")) {
            String path = "/api/v1/statistics/" + statistic;
            Map<String, Object> byEra = Api.viewer().queryParam("unit", "legacy:38").queryParam("era", "legacy")
                    .queryParam("year", "2023").get(path).then().statusCode(200)
                    .body("era", equalTo("legacy")).body("structure", equalTo("legacy")).extract().jsonPath().getMap("");
            Map<String, Object> byStructure = Api.viewer().queryParam("unit", "legacy:38").queryParam("structure", "legacy")
                    .queryParam("year", "2023").get(path).then().statusCode(200).extract().jsonPath().getMap("");
            assertThat(byStructure).isEqualTo(byEra);
            Api.invalidRequest(Tokens.viewer()).queryParam("year", "2023").queryParam("era", "legacy").queryParam("structure", "2025")
                    .get(path).then().statusCode(400).body("errors.field", equalTo(List.of("structure")));
        }
        Api.invalidRequest(Tokens.viewer()).queryParam("year", "2023").queryParam("era", "1990").get("/api/v1/statistics/models")
                .then().statusCode(400).body("errors.field", equalTo(List.of("era")));
    }

    // ------------------------------------------------------------------------------------------

    private static io.restassured.response.Response create(Map<String, Object> body) {
        return Api.admin().body(body).post(PATH);
    }

    private static Map<String, Object> unitBody(String kind, String era, String code, int year, boolean attained) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectKind", kind);
        body.put("year", year);
        body.put("adminUnit", Fixtures.unit(era, code));
        body.put("attained", attained);
        return body;
    }

    static Map<String, Object> areaBody(String name, String commune, int year) {
        Map<String, Object> body = unitBody("residential_area", "legacy", commune, year, true);
        body.put("areaName", name);
        return body;
    }

    private static Map<String, Object> school(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", "school");
        body.put("level", "commune");
        body.put("adminUnit", Fixtures.unit("legacy", "15499"));
        body.put("activeFrom", "2013-01-01");
        body.put("activeTo", "2025-06-30");
        return body;
    }

    /** The first year from {@code start} in the direction {@code step} for which {@code unit} holds no assessment. */
    private static int freeYear(String structure, String unit, int start, int step) {
        for (int year = start; ; year += step) {
            Integer total = Api.viewer().queryParam("unit", unit).queryParam("year", String.valueOf(year)).queryParam("structure", structure)
                    .get("/api/v1/statistics/safety").then().statusCode(200).extract().jsonPath()
                    .get("rows.find { it.section == 'total' && it.dimension == null }.values.total");
            if (total == null || total == 0) {
                return year;
            }
        }
    }

    private static void assertTotal(String structure, String unit, int year, String kind, int attained, int total) {
        JsonPath stats = Api.viewer().queryParam("unit", unit).queryParam("year", String.valueOf(year)).queryParam("structure", structure)
                .get("/api/v1/statistics/safety").then().statusCode(200).extract().jsonPath();
        Map<String, Object> values = stats.getMap("rows.find { it.section == 'total' && it.key == '" + kind + "' }.values");
        if (total == 0) {
            assertThat(values).as(structure + " " + unit + " " + year + " " + kind).isNull();
            return;
        }
        assertThat(values).as(structure + " " + unit + " " + year + " " + kind).containsEntry("attained", attained).containsEntry("total", total);
    }

    private static void assertRatio(JsonPath stats, String kind, int attained, int total, double ratio) {
        Map<String, Object> values = stats.getMap("rows.find { it.section == 'total' && it.key == '" + kind + "' }.values");
        assertThat(values).as(kind).containsEntry("attained", attained).containsEntry("total", total);
        assertThat(((Number) values.get("ratio")).doubleValue()).as(kind).isCloseTo(ratio, org.assertj.core.data.Offset.offset(0.00001));
    }

    private static List<Map<String, Object>> children(String parent) {
        return Api.anonymous().queryParam("parent", parent).queryParam("limit", "100").get("/api/v1/admin-units")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static void row(StringBuilder csv, int year, String kind, String unit, String organization, String area, boolean attained,
                            String authority) {
        csv.append(year).append(',').append(kind).append(',')
                .append(unit).append(',').append(organization).append(',').append(area).append(',').append(attained)
                .append(",2021-10-01,2022-09-30,").append(authority).append(",,,\n");
    }

    private static void addUnits(StringBuilder csv, int year, String kind, List<String> codes, int attained, String authority) {
        for (int i = 0; i < codes.size(); i++) {
            row(csv, year, kind, "legacy:" + codes.get(i), "", "", i < attained, authority);
        }
    }

    private static void addOrganizations(StringBuilder csv, int year, String kind, String type, int count, int attained,
                                         List<Map<String, Object>> communes, String authority) {
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = new HashMap<>();
            body.put("name", kind + " " + i + " Lạng Sơn " + Fixtures.tag());
            body.put("type", type);
            body.put("level", "commune");
            body.put("adminUnit", Fixtures.unit("legacy", (String) communes.get(i % communes.size()).get("code")));
            body.put("activeFrom", "2013-01-01");
            body.put("activeTo", "2024-11-09");
            row(csv, year, kind, "", Fixtures.createOrganization(body), "", i < attained, authority);
        }
    }
}
