package vn.antq.reporting;

import vn.antq.support.Api;
import vn.antq.support.Fixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reporting periods of the tests: communes of a random 2025 province report on a random year far ahead (2030-2099),
 * so that the periods and reports of different tests, and of earlier runs on the same database, rarely meet.
 */
final class ReportingFixtures {

    static final String PERIODS = "/api/v1/reporting-periods";
    static final String TARGETS = "/api/v1/targets";
    static final String REPORTS = "/api/v1/indicator-reports";

    private static final Random RANDOM = new Random();
    private static final Map<String, List<String>> CHILDREN = new ConcurrentHashMap<>();

    private ReportingFixtures() {
    }

    /** The codes of the 2025 provinces. */
    static List<String> provinces() {
        return CHILDREN.computeIfAbsent("2025", k -> Api.anonymous().queryParam("era", "2025").queryParam("level", "province")
                .queryParam("limit", "100").get("/api/v1/admin-units").then().statusCode(200)
                .extract().jsonPath().getList("items.code", String.class));
    }

    /** The codes of the 2025 communes of a 2025 province, in code order. */
    static List<String> communes(String province) {
        return CHILDREN.computeIfAbsent(province, p -> {
            List<String> codes = new java.util.ArrayList<>();
            String cursor = null;
            do {
                var request = Api.anonymous().queryParam("era", "2025").queryParam("level", "commune")
                        .queryParam("parent", "2025:" + p).queryParam("limit", "100");
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                var page = request.get("/api/v1/admin-units").then().statusCode(200).extract().jsonPath();
                codes.addAll(page.getList("items.code", String.class));
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            return codes.stream().sorted().toList();
        });
    }

    static String randomProvince() {
        List<String> provinces = provinces();
        return provinces.get(RANDOM.nextInt(provinces.size()));
    }

    static int randomYear() {
        return 2030 + RANDOM.nextInt(70);
    }

    /** A period of the communes of the 2025 province for the year, issued by a new organization. */
    static Map<String, Object> communePeriod(String tag, String province, int year, String dueOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Kỳ báo cáo năm " + year + " " + tag);
        body.put("organizationId", Fixtures.createOrganization(Fixtures.districtPolice("Công an " + tag)));
        body.put("kind", "annual");
        body.put("fromYear", year);
        body.put("toYear", year);
        body.put("level", "commune");
        body.put("era", "2025");
        body.put("adminUnit", Fixtures.unit("2025", province));
        body.put("indicators", List.of("mediation_teams"));
        body.put("opensOn", year + "-01-01");
        body.put("dueOn", dueOn);
        body.put("note", "Kỳ báo cáo của kiểm thử " + tag);
        return body;
    }

    static String create(Map<String, Object> body) {
        return Api.admin().body(body).post(PERIODS).then().statusCode(201).extract().path("id");
    }

    /** A draft annual report of the 2025 commune for the year. */
    static Map<String, Object> communeReport(String tag, String commune, int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "annual");
        body.put("level", "commune");
        body.put("adminUnit", Fixtures.unit("2025", commune));
        body.put("organizationId", Fixtures.createOrganization(Fixtures.districtPolice("Công an xã " + tag)));
        body.put("fromYear", year);
        body.put("toYear", year);
        body.put("title", "Báo cáo " + tag);
        body.put("values", List.of(Map.of("indicator", "mediation_teams", "value", 7)));
        return body;
    }

    /** Creates and submits the commune's report (as an admin); its id. */
    static String submitReport(String tag, String commune, int year) {
        String id = Fixtures.createIndicatorReport(communeReport(tag, commune, year));
        Api.admin().header("If-Match", "\"0\"").post(REPORTS + "/" + id + "/submission").then().statusCode(200);
        return id;
    }
}
