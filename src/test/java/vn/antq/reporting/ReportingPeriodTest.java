package vn.antq.reporting;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.antq.reporting.ReportingFixtures.PERIODS;
import static vn.antq.reporting.ReportingFixtures.REPORTS;

/** Reporting periods as records, their rules, and where each unit stands in one. */
@QuarkusTest
class ReportingPeriodTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPeriodIsCreatedReadReplacedPatchedAndDeletedWithItsHistory() {
        String tag = Fixtures.tag();
        String province = ReportingFixtures.randomProvince();
        int year = ReportingFixtures.randomYear();
        Map<String, Object> body = ReportingFixtures.communePeriod(tag, province, year, year + "-12-20");
        String id = Api.admin().header("Idempotency-Key", "period-" + tag).body(body).post(PERIODS).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo(body.get("title"))).body("level", equalTo("commune")).body("era", equalTo("2025"))
                .body("adminUnit.code", equalTo(province)).body("indicators", equalTo(List.of("mediation_teams")))
                .body("organization.organizationId", equalTo(body.get("organizationId"))).body("documentIds", hasSize(0))
                .extract().path("id");
        // The same Idempotency-Key replays the first answer instead of creating a second period.
        Api.admin().header("Idempotency-Key", "period-" + tag).body(body).post(PERIODS).then().statusCode(201)
                .body("id", equalTo(id));
        Api.viewer().queryParam("q", tag).get(PERIODS).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].id", equalTo(id)).body("items[0].dueOn", equalTo(year + "-12-20"));

        Map<String, Object> changed = new HashMap<>(body);
        changed.put("dueOn", year + "-12-27");
        Api.admin().header("If-Match", "\"0\"").body(changed).put(PERIODS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("dueOn", equalTo(year + "-12-27"));
        // A stale If-Match is refused; a merge patch changes only what it names.
        Api.admin().header("If-Match", "\"0\"").body(changed).put(PERIODS + "/" + id).then().statusCode(412);
        Api.admin().header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body(Map.of("indicators", List.of("mediation_teams", "models_new"))).patch(PERIODS + "/" + id)
                .then().statusCode(200).body("indicators", equalTo(List.of("mediation_teams", "models_new")))
                .body("dueOn", equalTo(year + "-12-27"));
        Api.viewer().get(PERIODS + "/" + id + "/history").then().statusCode(200).body("items", hasSize(3))
                .body("items.action", hasItems("create", "update"));

        Api.admin().header("If-Match", "\"2\"").delete(PERIODS + "/" + id).then().statusCode(204);
        Api.viewer().get(PERIODS + "/" + id).then().statusCode(404);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        String tag = Fixtures.tag();
        Map<String, Object> body = ReportingFixtures.communePeriod(tag, "20", 2040, "2039-12-31");
        body.put("toYear", 2039);                       // before fromYear
        body.put("indicators", List.of("no_such_indicator", "festival_points")); // unknown; not reported by communes
        body.put("organizationId", UUID.randomUUID().toString());
        Api.admin().body(body).post(PERIODS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("toYear", "dueOn", "indicators[0]", "indicators[1]", "organizationId"));
        Api.viewer().queryParam("q", tag).get(PERIODS).then().body("items", hasSize(0));
    }

    @Test
    void theScopeIsAUnitOfTheEraOneLevelAboveTheReportingUnitsOrTheWholeCountryForProvinces() {
        String tag = Fixtures.tag();
        Map<String, Object> districts = ReportingFixtures.communePeriod(tag, "20", 2040, "2040-12-31");
        districts.put("level", "district"); // the 2025 era has no districts
        Api.admin().body(districts).post(PERIODS).then().statusCode(400).body("errors.field", hasItems("level"));

        Map<String, Object> legacyScope = ReportingFixtures.communePeriod(tag, "20", 2040, "2040-12-31");
        legacyScope.put("adminUnit", Fixtures.unit("legacy", "395")); // a legacy district for 2025 communes
        Api.admin().body(legacyScope).post(PERIODS).then().statusCode(400).body("errors.field", hasItems("adminUnit"));

        Map<String, Object> provinces = ReportingFixtures.communePeriod(tag, "20", 2040, "2040-12-31");
        provinces.put("level", "province");
        provinces.put("indicators", List.of("models_new"));
        Api.admin().body(provinces).post(PERIODS).then().statusCode(400).body("errors.field", hasItems("adminUnit"));
        provinces.remove("adminUnit");
        Api.admin().body(provinces).post(PERIODS).then().statusCode(201).body("adminUnit", nullValue());

        Map<String, Object> legacyEraLate = ReportingFixtures.communePeriod(tag, "20", 2040, "2040-12-31");
        legacyEraLate.put("era", "legacy");
        legacyEraLate.put("adminUnit", Fixtures.unit("legacy", "395"));
        Api.admin().body(legacyEraLate).post(PERIODS).then().statusCode(400).body("errors.field", hasItems("era"));
    }

    @Test
    void unreadableBodiesAndBadParametersAreProblems() {
        Api.invalidRequest(vn.antq.support.Tokens.admin()).body("{\"title\": ").post(PERIODS).then().statusCode(400)
                .contentType("application/problem+json");
        Api.invalidRequest(vn.antq.support.Tokens.viewer()).queryParam("kind", "monthly").queryParam("year", "nineteen")
                .get(PERIODS).then().statusCode(400).body("errors.field", hasItems("kind", "year"));
        String id = ReportingFixtures.create(ReportingFixtures.communePeriod(Fixtures.tag(), ReportingFixtures.randomProvince(),
                ReportingFixtures.randomYear(), "2099-12-31"));
        Api.invalidRequest(vn.antq.support.Tokens.viewer()).queryParam("status", "lost").queryParam("late", "maybe")
                .get(PERIODS + "/" + id + "/units").then().statusCode(400).body("errors.field", hasItems("status", "late"));
        Api.invalidRequest(vn.antq.support.Tokens.viewer()).queryParam("status", "lost").queryParam("bom", "yes")
                .get(PERIODS + "/" + id + "/units.csv").then().statusCode(400).body("errors.field", hasItems("status", "bom"));
        Api.invalidRequest(vn.antq.support.Tokens.viewer()).queryParam("unit", "38").queryParam("year", "1999")
                .get("/api/v1/targets").then().statusCode(400).body("errors.field", hasItems("unit", "year"));
        Api.viewer().get(PERIODS + "/" + UUID.randomUUID() + "/units").then().statusCode(404);
    }

    @Test
    void aCommuneThatSubmitsMovesFromMissingToSubmitted() {
        String tag = Fixtures.tag();
        String province = ReportingFixtures.randomProvince();
        int year = ReportingFixtures.randomYear();
        String id = ReportingFixtures.create(ReportingFixtures.communePeriod(tag, province, year, year + "-12-20"));
        List<String> communes = ReportingFixtures.communes(province);
        String commune = communes.get(0);

        Api.viewer().get(PERIODS + "/" + id + "/units").then().statusCode(200)
                .body("summary.units", equalTo(communes.size()))
                .body("summary.byStatus.missing", equalTo(communes.size()))
                .body("summary.late", equalTo(0))
                .body("items[0].adminUnit.code", equalTo(commune)).body("items[0].status", equalTo("missing"))
                .body("items[0].reportId", nullValue()).body("items[0].late", equalTo(false));

        String report = Fixtures.createIndicatorReport(ReportingFixtures.communeReport(tag, commune, year));
        Api.viewer().queryParam("status", "draft").get(PERIODS + "/" + id + "/units").then()
                .body("items", hasSize(1)).body("items[0].reportId", equalTo(report));
        // The report says which period it answers.
        Api.viewer().get(REPORTS + "/" + report).then().statusCode(200).body("reportingPeriodId", equalTo(id));

        Api.admin().header("If-Match", "\"0\"").post(REPORTS + "/" + report + "/submission").then().statusCode(200);
        Api.viewer().queryParam("status", "submitted").get(PERIODS + "/" + id + "/units").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].adminUnit.code", equalTo(commune))
                .body("items[0].reportId", equalTo(report)).body("items[0].submittedAt", startsWith("20"))
                .body("items[0].late", equalTo(false)).body("items[0].daysLate", equalTo(0))
                .body("summary.byStatus.submitted", equalTo(1))
                .body("summary.byStatus.missing", equalTo(communes.size() - 1));
    }

    @Test
    void aReportSentAt2330VietnamTimeOnTheDueDayIsOnTimeAndAt0030TheNextDayOneDayLate() throws SQLException {
        String tag = Fixtures.tag();
        String province = ReportingFixtures.randomProvince();
        int year = ReportingFixtures.randomYear();
        String dueOn = year + "-03-10";
        String id = ReportingFixtures.create(ReportingFixtures.communePeriod(tag, province, year, dueOn));
        String commune = ReportingFixtures.communes(province).get(0);
        String report = ReportingFixtures.submitReport(tag, commune, year);

        submittedAt(report, Instant.parse(year + "-03-10T16:30:00Z")); // 23:30 on the due day in Vietnam (UTC+7)
        Api.viewer().queryParam("q", unaccented(unitName(id, commune))).queryParam("status", "submitted").get(PERIODS + "/" + id + "/units")
                .then().statusCode(200).body("items[0].adminUnit.code", equalTo(commune))
                .body("items[0].late", equalTo(false)).body("items[0].daysLate", equalTo(0));

        submittedAt(report, Instant.parse(year + "-03-10T17:30:00Z")); // 00:30 the next day in Vietnam
        Api.viewer().queryParam("status", "submitted").get(PERIODS + "/" + id + "/units")
                .then().statusCode(200).body("items[0].adminUnit.code", equalTo(commune))
                .body("items[0].late", equalTo(true)).body("items[0].daysLate", equalTo(1));
        Api.viewer().queryParam("late", "true").get(PERIODS + "/" + id + "/units").then()
                .body("items", hasSize(1)).body("summary.late", equalTo(1));
    }

    @Test
    void unitsThatHaveNotReportedArePastDueOnceTheDueDayHasPassedAndTheStandingIsServedAsCsv() {
        String tag = Fixtures.tag();
        String province = ReportingFixtures.randomProvince();
        int year = ReportingFixtures.randomYear();
        Map<String, Object> body = ReportingFixtures.communePeriod(tag, province, year, "2020-01-10");
        body.put("opensOn", "2020-01-01"); // a period of a year ahead, due long ago
        String id = ReportingFixtures.create(body);
        List<String> communes = ReportingFixtures.communes(province);
        var first = Api.viewer().queryParam("limit", "2").get(PERIODS + "/" + id + "/units").then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].status", equalTo("missing")).body("items[0].late", equalTo(true))
                .body("summary.late", equalTo(communes.size()))
                .extract().jsonPath();
        assertThat(first.getInt("items[0].daysLate")).isGreaterThan(365);
        String cursor = first.getString("nextCursor");
        Api.viewer().queryParam("limit", "2").queryParam("cursor", cursor).get(PERIODS + "/" + id + "/units").then()
                .statusCode(200).body("items[0].adminUnit.code", equalTo(communes.get(2)));

        String csv = Api.viewer().queryParam("late", "true").get(PERIODS + "/" + id + "/units.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("reporting-period-units.csv"))
                .extract().asString();
        String[] lines = csv.split("\n");
        assertThat(lines[0]).isEqualTo(StandingCsv.HEADER);
        assertThat(lines).hasSize(communes.size() + 1);
        assertThat(lines[1]).startsWith("2025," + communes.get(0) + ",commune,").contains(",missing,,,true,");
    }

    /** The full name of a unit of the period, for an unaccented search by it. */
    private static String unitName(String period, String code) {
        return Api.viewer().queryParam("limit", "100").get(PERIODS + "/" + period + "/units").then().extract().jsonPath()
                .getList("items", Map.class).stream().filter(u -> code.equals(((Map<?, ?>) u.get("adminUnit")).get("code")))
                .map(u -> (String) ((Map<?, ?>) u.get("adminUnit")).get("fullName")).findFirst().orElseThrow();
    }

    /** "Xã Thọ Xuân" -> "xa tho xuan". */
    private static String unaccented(String text) {
        return java.text.Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }

    private void submittedAt(String report, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("update indicator_report set submitted_at = ? where id = ?")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setObject(2, UUID.fromString(report));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
