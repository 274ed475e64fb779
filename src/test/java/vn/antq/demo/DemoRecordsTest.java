package vn.antq.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo run's generated records, in a database of their own (the other tests never see them): the
 * statistics give the source documents' figures, and loading a second time writes nothing.
 */
@QuarkusTest
@TestProfile(DemoRecordsTest.WithDemoData.class)
class DemoRecordsTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("antq.demo-data.enabled", "true");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DemoDatabase.class));
        }
    }

    @Inject
    DemoRecords records;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void haTinhFestivalDayOf2022GivesTheReportedFigures() {
        Map<String, Object> total = totalRow("festivals", "2025:42", 2022, null, null);
        assertThat(total).containsEntry("points", 1407).containsEntry("participants", 84_260).containsEntry("gifts", 412)
                .containsEntry("pointsWithProvincialLeaders", 15).containsEntry("pointsWithDistrictLeaders", 209);
    }

    @Test
    void langSonSafetyStandardOf2022GivesTheSevenReportedRatios() {
        Map<String, int[]> reported = Map.of("residential_area", new int[]{1686, 1727}, "commune", new int[]{173, 181},
                "ward", new int[]{4, 5}, "township", new int[]{14, 14}, "agency", new int[]{583, 598},
                "enterprise", new int[]{44, 57}, "school", new int[]{291, 296});
        reported.forEach((kind, ratio) -> {
            Map<String, Object> row = totalRow("safety", "2025:20", 2022, "subjectKind", kind);
            assertThat(List.of(row.get("attained"), row.get("total"))).as(kind).containsExactly(ratio[0], ratio[1]);
        });
    }

    @Test
    void theComingFestivalDayIsOnThePublicSchedule() {
        LocalDate day = ComingFestivalDay.nextFestivalDay(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        List<Object> items = Api.anonymous().get("/api/v1/festivals?unit=2025:42&from=" + day.minusDays(7) + "&to=" + day.plusDays(7))
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(items).hasSize(ComingFestivalDay.POINTS_PER_PROVINCE);
    }

    @Test
    void loadingAgainWritesNothing() throws SQLException {
        String scheduleTag = Api.anonymous().get("/api/v1/festivals?limit=1").then().statusCode(200).extract().header("ETag");
        Map<String, Object> safetyBefore = totalRow("safety", "2025:20", 2022, null, null);

        DemoRecords.Loaded again = records.load(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));

        assertThat(again).isEqualTo(new DemoRecords.Loaded(0, 0, 0, 0));
        // Every festival write takes a new change number, which the schedule's ETag is made of.
        assertThat(Api.anonymous().get("/api/v1/festivals?limit=1").then().statusCode(200).extract().header("ETag"))
                .isEqualTo(scheduleTag);
        assertThat(totalRow("safety", "2025:20", 2022, null, null)).isEqualTo(safetyBefore);
        // What a second start asks before anything else, to skip the loader altogether.
        try (Connection connection = dataSource.getConnection()) {
            int comingYear = ComingFestivalDay.nextFestivalDay(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))).getYear();
            assertThat(DemoRepository.generatedComplete(connection, comingYear)).isTrue();
        }
    }

    /** The Ministry's certificates of the review of 23/11/2022 count among 2022's awards at the central level. */
    @Test
    void theMinistrysCertificatesOf2022AreCountedAtTheCentralLevel() {
        JsonPath body = Api.viewer().get("/api/v1/statistics/awards?year=2022").then().statusCode(200).extract().jsonPath();
        Map<String, Object> central = body.getMap("rows.find { it.section == 'area' && it.area == null && it.dimension == 'recipientKind' && it.key == 'collective' }.values");
        assertThat(((Number) central.get("recipients")).intValue()).isGreaterThanOrEqualTo(17);
        Api.viewer().get("/api/v1/awards/e0000000-0000-4000-8000-000000221123").then().statusCode(200)
                .body("recipients.findAll { it.kind == 'collective' }", org.hamcrest.Matchers.hasSize(17))
                .body("recipients.findAll { it.kind == 'individual' }", org.hamcrest.Matchers.hasSize(22));
        Api.viewer().get("/api/v1/review-conferences/d1000000-0000-4000-8000-000000000001").then().statusCode(200)
                .body("awardIds", org.hamcrest.Matchers.hasItem("e0000000-0000-4000-8000-000000221123"));
    }

    /** Hà Tĩnh's communes against the rural security criterion of 2022, and the program that launched it. */
    @Test
    void haTinhsCriterionOf2022GivesAttainedOfTotalPerCommuneKind() {
        JsonPath body = Api.viewer().get("/api/v1/statistics/safety?unit=2025:42&year=2022&standard=rural_security_criterion")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> communes = body.getMap("rows.find { it.section == 'total' && it.dimension == 'subjectKind' && it.key == 'commune' }.values");
        int total = ((Number) communes.get("total")).intValue();
        int attained = ((Number) communes.get("attained")).intValue();
        assertThat(total).isGreaterThan(100);
        assertThat(attained).isPositive().isLessThan(total);
        // "An toàn về ANTT" is counted apart: Hà Tĩnh has none in 2022.
        assertThat(totalRow("safety", "2025:42", 2022, null, null)).containsEntry("total", 0);
        Api.viewer().get("/api/v1/programs/b0000000-0000-4000-8000-000000002125").then().statusCode(200)
                .body("periodStart", org.hamcrest.Matchers.equalTo("2021-01-01"));
        Api.viewer().get("/api/v1/safety-assessments?unit=2025:42&standard=model_ward_police&stage=designated").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(2));
    }

    /** Hà Tĩnh's 412 gifts of 2022 under the gifts activity; Hòa Bình's Great Unity Day festivals by kind. */
    @Test
    void festivalPartsAndKindsComeFromTheSources() {
        JsonPath body = Api.viewer().get("/api/v1/statistics/festival-activities?unit=2025:42&year=2022").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> gifts = body.getMap("rows.find { it.section == 'total' && it.dimension == 'activityKind' && it.key == 'gifts' }.values");
        assertThat(gifts).containsEntry("activityItems", 412).containsEntry("gifts", 412);
        Map<String, Object> ceremony = body.getMap("rows.find { it.section == 'total' && it.dimension == 'activityKind' && it.key == 'ceremony' }.values");
        assertThat(ceremony).containsEntry("points", 1407);
        Api.anonymous().get("/api/v1/festivals?unit=legacy:17&year=2022&kind=great_unity_day").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(HoaBinhGreatUnityDay2022.POINTS))
                .body("items.kind", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("great_unity_day")));
    }

    @Test
    void langSonsThirtyTwoCampaignLaunchesOf2022AreCounted() {
        assertThat(totalRow("campaigns", "2025:20", 2022, null, null)).containsEntry("campaigns", 32);
        assertThat(totalRow("campaigns", "2025:20", 2022, "kind", "movement_launch")).containsEntry("campaigns", 32);
        Api.viewer().get("/api/v1/campaigns?unit=legacy:20&year=2022&indicatorReportId=c0000000-0000-4000-8000-000000000003&limit=100")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(32));
    }

    /** The seeds' conferences, as records linked to the reports they presented and the awards given at them. */
    @Test
    void theSeedsConferencesAreRecords() {
        String path = "/api/v1/review-conferences";
        Api.viewer().get(path + "?level=central&year=2022").then().statusCode(200)
                .body("items.heldOn", org.hamcrest.Matchers.equalTo(List.of("2022-11-23")))
                .body("items[0].format", org.hamcrest.Matchers.equalTo("online"))
                .body("items[0].bridgePoints", org.hamcrest.Matchers.equalTo(63))
                .body("items[0].festivalYear", org.hamcrest.Matchers.equalTo(2022))
                .body("items[0].indicatorReportId", org.hamcrest.Matchers.equalTo("c0000000-0000-4000-8000-000000000001"));
        Api.viewer().get(path + "/d1000000-0000-4000-8000-000000000020").then().statusCode(200)
                .body("heldOn", org.hamcrest.Matchers.equalTo("2023-02-08"))
                .body("adminUnit.fullName", org.hamcrest.Matchers.equalTo("Tỉnh Lạng Sơn"))
                .body("format", org.hamcrest.Matchers.equalTo("online"))
                .body("fromYear", org.hamcrest.Matchers.equalTo(2022))
                .body("awardIds", org.hamcrest.Matchers.hasSize(2))
                .body("figures.find { it.name == 'Cuộc phát động phong trào tập trung' }.value", org.hamcrest.Matchers.equalTo(32));
        // Bắc Từ Liêm's 5-year review presented the report of 163 of 181 residential groups with no new crime.
        String report = Api.viewer().get(path + "?unit=legacy:021&kind=interim").then().statusCode(200)
                .body("items.heldOn", org.hamcrest.Matchers.equalTo(List.of("2018-11-29")))
                .body("items[0].agreementId", org.hamcrest.Matchers.equalTo("c0000000-0000-4000-8000-000000000021"))
                .extract().path("items[0].indicatorReportId");
        Api.viewer().get("/api/v1/indicator-reports/" + report).then().statusCode(200)
                .body("values.find { it.indicator == 'residential_groups_no_new_crime' }.value", org.hamcrest.Matchers.equalTo(163))
                .body("values.find { it.indicator == 'residential_groups_no_new_crime' }.ratio", org.hamcrest.Matchers.equalTo(0.9006f));
        Api.viewer().get(path + "/d1000000-0000-4000-8000-000000000017").then().statusCode(200)
                .body("programId", org.hamcrest.Matchers.equalTo("b0000000-0000-4000-8000-000000000009"))
                .body("fromYear", org.hamcrest.Matchers.equalTo(2013)).body("toYear", org.hamcrest.Matchers.equalTo(2023))
                .body("figures.find { it.name == 'Người tái phạm tội, vi phạm pháp luật' }.value", org.hamcrest.Matchers.equalTo(458));
        Api.viewer().queryParam("q", "tho xuan").get(path).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem("d1000000-0000-4000-8000-000000000395"));
        Api.viewer().get(path + "/d1000000-0000-4000-8000-000000000395").then().statusCode(200)
                .body("hosts", org.hamcrest.Matchers.hasSize(2))
                .body("awardIds", org.hamcrest.Matchers.equalTo(List.of("e0000000-0000-4000-8000-000000002023")))
                .body("figures.find { it.name == 'Tổ hòa giải do MTTQ huyện thành lập' }.value", org.hamcrest.Matchers.equalTo(274));
        // Program 09's deprecated reviews are the conferences that reviewed it.
        Api.viewer().get("/api/v1/programs/b0000000-0000-4000-8000-000000000009").then().statusCode(200)
                .body("reviews.heldOn", org.hamcrest.Matchers.equalTo(List.of("2023-06-09")));
    }

    /** The statistic's total row for the unit and year, overall ({@code dimension} null) or for one category. */
    private static Map<String, Object> totalRow(String statistic, String unit, int year, String dimension, String key) {
        JsonPath body = Api.viewer().get("/api/v1/statistics/" + statistic + "?unit=" + unit + "&year=" + year)
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = body.getList("rows");
        return rows.stream()
                .filter(r -> "total".equals(r.get("section")) && java.util.Objects.equals(r.get("dimension"), dimension)
                        && java.util.Objects.equals(r.get("key"), key))
                .findFirst()
                .map(r -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> values = (Map<String, Object>) r.get("values");
                    return values;
                })
                .orElseThrow(() -> new AssertionError("no total row for " + dimension + "=" + key + " in " + rows));
    }
}
