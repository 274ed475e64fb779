package vn.antq.statistics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics of models, awards and festivals, figure by figure: each test writes a scenario whose
 * figures are known and checks that every measure of the report moved by exactly those figures (other
 * tests may have written records in the same units before; what they wrote is read first and taken away).
 */
@QuarkusTest
class RecordStatisticsTest {

    /** The legacy Thọ Xuân district (Thanh Hóa), in the legacy structure. */
    private static final String THO_XUAN = "legacy:395";
    /** Phường Hà Huy Tập, Hà Tĩnh (2025 commune 18652). */
    private static final String HA_HUY_TAP = "2025:18652";

    @Test
    void modelsAreCountedAtTheEndOfEachYearTheyExistWithTheirPointsTeamsAndMembers() {
        String tag = Fixtures.tag();
        Map<String, Map<String, Long>> before = Map.of(
                "2022", totals("models", THO_XUAN, 2022, "legacy"),
                "2023", totals("models", THO_XUAN, 2023, "legacy"),
                "2024", totals("models", THO_XUAN, 2024, "legacy"));
        Map<String, Long> selfManagementBefore = dimension("models", THO_XUAN, 2023, "legacy", "category", "self_management");

        // Established 2021, two points: 3 + 4 teams, 20 + 25 members.
        Map<String, Object> kept = Fixtures.model("Mô hình giữ " + tag);
        kept.put("establishedOn", "2021-03-01");
        String keptId = Fixtures.createModel(kept);
        Fixtures.createPoint(keptId, Fixtures.point("Điểm 1 " + tag, 3, 20));
        Fixtures.createPoint(keptId, Fixtures.point("Điểm 2 " + tag, 4, 25));
        // Established 2024: not there at the end of 2023.
        Map<String, Object> late = Fixtures.model("Mô hình mới " + tag);
        late.put("establishedOn", "2024-02-01");
        late.put("status", Fixtures.status("maintained", "2024-02-01", null));
        Fixtures.createModel(late);
        // Dissolved in June 2022: there at the end of 2022 (it existed in that year), gone from 2023.
        Map<String, Object> dissolved = Fixtures.model("Mô hình giải thể " + tag);
        dissolved.put("establishedOn", "2019-01-15");
        dissolved.put("status", Fixtures.status("dissolved", "2022-06-01", "Sáp nhập vào mô hình khác"));
        Fixtures.createModel(dissolved);

        assertThat(delta(before.get("2022"), totals("models", THO_XUAN, 2022, "legacy")))
                .isEqualTo(Map.of("models", 2L, "points", 2L, "teams", 7L, "members", 45L));
        assertThat(delta(before.get("2023"), totals("models", THO_XUAN, 2023, "legacy")))
                .isEqualTo(Map.of("models", 1L, "points", 2L, "teams", 7L, "members", 45L));
        assertThat(delta(before.get("2024"), totals("models", THO_XUAN, 2024, "legacy")))
                .isEqualTo(Map.of("models", 2L, "points", 2L, "teams", 7L, "members", 45L));
        assertThat(delta(selfManagementBefore, dimension("models", THO_XUAN, 2023, "legacy", "category", "self_management")))
                .isEqualTo(Map.of("models", 1L, "points", 2L, "teams", 7L, "members", 45L));
    }

    @Test
    void awardsAreCountedByTheYearTheyWereSignedAtTheirIssuersUnitWithTheirRecipients() {
        String tag = Fixtures.tag();
        String issuer = Fixtures.createOrganization(Fixtures.districtPolice("Công an huyện Thọ Xuân " + tag));
        String teamA = Fixtures.createOrganization(Fixtures.districtPolice("Tổ tự quản A " + tag));
        String teamB = Fixtures.createOrganization(Fixtures.districtPolice("Tổ tự quản B " + tag));
        Map<String, Long> total2023 = totals("awards", THO_XUAN, 2023, "legacy");
        Map<String, Long> total2022 = totals("awards", THO_XUAN, 2022, "legacy");
        Map<String, Long> collective = dimension("awards", THO_XUAN, 2023, "legacy", "recipientKind", "collective");
        Map<String, Long> individual = dimension("awards", THO_XUAN, 2023, "legacy", "recipientKind", "individual");

        Fixtures.createAward(Fixtures.award("01/QĐ-" + tag, issuer, List.of(Fixtures.collective(teamA),
                Fixtures.collective(teamB), Fixtures.individual("Lê Thị Hoa " + tag, "1980-04-02"))));
        Fixtures.createAward(Fixtures.award("02/QĐ-" + tag, issuer, List.of(Fixtures.individual("Trần Văn Bình " + tag, "1975-11-30"))));
        Map<String, Object> earlier = Fixtures.award("03/QĐ-" + tag, issuer, List.of(Fixtures.collective(teamA)));
        earlier.put("signedOn", "2022-12-30");
        earlier.put("occasion", Fixtures.occasion("annual_movement", null, 2022));
        Fixtures.createAward(earlier);

        assertThat(delta(total2023, totals("awards", THO_XUAN, 2023, "legacy")))
                .isEqualTo(Map.of("decisions", 2L, "recipients", 4L));
        assertThat(delta(total2022, totals("awards", THO_XUAN, 2022, "legacy")))
                .isEqualTo(Map.of("decisions", 1L, "recipients", 1L));
        assertThat(delta(collective, dimension("awards", THO_XUAN, 2023, "legacy", "recipientKind", "collective")))
                .isEqualTo(Map.of("decisions", 1L, "recipients", 2L));
        assertThat(delta(individual, dimension("awards", THO_XUAN, 2023, "legacy", "recipientKind", "individual")))
                .isEqualTo(Map.of("decisions", 2L, "recipients", 2L));
    }

    @Test
    void festivalPointsAddUpParticipantsGiftsAndLeadersAndLeaveCancelledOnesOut() {
        String tag = Fixtures.tag();
        String organizer = Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh Hà Tĩnh " + tag, "police", "42"));
        Map<String, Long> before = totals("festivals", HA_HUY_TAP, 2025, "2025");

        Map<String, Object> first = Fixtures.festival("Ngày hội A " + tag, organizer, "2025-08-18", 18.34, 105.90);
        held(first, 300, 10, 5_000_000L);
        Fixtures.createFestival(first);
        Map<String, Object> second = Fixtures.festival("Ngày hội B " + tag, organizer, "2025-08-19", 18.35, 105.91);
        held(second, 150, 4, 2_000_000L);
        second.put("leaders", List.of(Map.of("level", "district", "title", "Bí thư Huyện ủy")));
        Fixtures.createFestival(second);
        Map<String, Object> cancelled = Fixtures.festival("Ngày hội C " + tag, organizer, "2025-08-19", 18.36, 105.92);
        cancelled.put("status", "cancelled");
        Fixtures.createFestival(cancelled);

        assertThat(delta(before, totals("festivals", HA_HUY_TAP, 2025, "2025"))).isEqualTo(Map.of(
                "points", 2L, "participants", 450L, "gifts", 14L, "giftValueVnd", 7_000_000L,
                "pointsWithProvincialLeaders", 1L, "pointsWithDistrictLeaders", 1L));
    }

    private static void held(Map<String, Object> festival, int participants, int gifts, long giftValue) {
        festival.put("status", "held");
        Map<String, Object> report = new HashMap<>();
        report.put("participants", participants);
        report.put("giftCount", gifts);
        report.put("giftValueVnd", giftValue);
        festival.put("report", report);
    }

    /** The report's row for the year over the whole scope (no dimension), empty when it has none. */
    private static Map<String, Long> totals(String statistic, String unit, int year, String structure) {
        return row(statistic, unit, year, structure, "rows.find { it.section == 'year' && it.year == " + year + " && it.dimension == null }");
    }

    /** The report's row for the year and one value of a dimension, empty when it has none. */
    private static Map<String, Long> dimension(String statistic, String unit, int year, String structure,
                                               String dimension, String key) {
        return row(statistic, unit, year, structure,
                "rows.find { it.section == 'year' && it.year == " + year + " && it.dimension == '" + dimension + "' && it.key == '" + key + "' }");
    }

    private static Map<String, Long> row(String statistic, String unit, int year, String structure, String path) {
        JsonPath report = Api.viewer().queryParam("unit", unit).queryParam("year", String.valueOf(year))
                .queryParam("structure", structure).get("/api/v1/statistics/" + statistic)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> values = report.getMap(path + "?.values");
        Map<String, Long> numbers = new HashMap<>();
        if (values != null) {
            values.forEach((name, value) -> numbers.put(name, ((Number) value).longValue()));
        }
        return numbers;
    }

    /** What each measure gained between two readings, measures that did not move left out. */
    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> moved = new HashMap<>();
        after.forEach((name, value) -> {
            long gained = value - before.getOrDefault(name, 0L);
            if (gained != 0) {
                moved.put(name, gained);
            }
        });
        return moved;
    }
}
