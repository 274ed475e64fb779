package vn.antq.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.antq.demo.DemoDatabase;
import vn.antq.support.Api;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.antq.reporting.ReportingFixtures.PERIODS;

/** The demo reporting calendar (db/demo/reporting.sql), in a database of its own. */
@QuarkusTest
@TestProfile(ReportingDemoTest.WithDemoData.class)
class ReportingDemoTest {

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

    private static final String FESTIVAL_2022 = PERIODS + "/d9000000-0000-4000-8000-000000000001";

    @Test
    void the2022FestivalDayPeriodLists63ProvincesOfWhichHaTinhAndLangSonAreAcceptedAndTheOthersMissingAndLate() {
        Api.viewer().queryParam("limit", "100").get(FESTIVAL_2022 + "/units").then().statusCode(200)
                .body("items", hasSize(63)).body("summary.units", equalTo(63))
                .body("summary.byStatus.accepted", equalTo(2)).body("summary.byStatus.missing", equalTo(61));
        Api.viewer().queryParam("status", "accepted").get(FESTIVAL_2022 + "/units").then()
                .body("items.adminUnit.code", equalTo(List.of("20", "42")));
        Api.viewer().queryParam("status", "missing").queryParam("limit", "100").get(FESTIVAL_2022 + "/units").then()
                .body("items", hasSize(61)).body("items.late", everyItem(equalTo(true)));
        // The accepted reports say which period they answer.
        Api.viewer().get("/api/v1/indicator-reports/c0000000-0000-4000-8000-000000000002").then()
                .body("reportingPeriodId", equalTo("d9000000-0000-4000-8000-000000000001"));
        Api.viewer().queryParam("q", "lang son").get(FESTIVAL_2022 + "/units").then()
                .body("items", hasSize(1)).body("items[0].status", equalTo("accepted"));
    }

    @Test
    void theCurrentPeriodListsLangSonsCommunes() {
        Api.viewer().get(PERIODS + "/d9000000-0000-4000-8000-000000000002/units").then().statusCode(200)
                .body("period.dueOn", equalTo("2026-12-21"))
                .body("items[0].adminUnit.era", equalTo("2025")).body("items[0].adminUnit.level", equalTo("commune"));
    }

    @Test
    void langSonsTargetsStandBesideItsSafetyStandardFigures() {
        JsonPath stats = Api.viewer().queryParam("unit", "legacy:20").queryParam("year", 2022).queryParam("era", "legacy")
                .get("/api/v1/statistics/indicators").then().statusCode(200).extract().jsonPath();
        Map<String, Object> communes = stats.getMap("rows.find { it.section == 'unit' }.figures.find { it.indicator == 'safety_commune_attained' }");
        assertThat(communes.get("targetMet")).isEqualTo(true);
        Map<String, Object> areas = stats.getMap("rows.find { it.section == 'unit' }.figures.find { it.indicator == 'safety_residential_area_attained' }");
        assertThat(((Map<?, ?>) areas.get("target")).get("minimumValue")).isEqualTo(1700);
        assertThat(areas.get("targetMet")).isEqualTo(false);
    }
}
