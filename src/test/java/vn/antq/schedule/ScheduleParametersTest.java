package vn.antq.schedule;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;

/** The schedule's typed query parameters: every bad one named at once, in the order they were always named. */
@QuarkusTest
class ScheduleParametersTest {

    private static final String PATH = "/api/v1/festivals";

    @Test
    void theListNamesEveryBadParameter() {
        Api.invalidRequest(null).queryParam("from", "2026-13-01").queryParam("to", "soon").queryParam("year", 1999)
                .queryParam("unit", "Hà Tĩnh").queryParam("status", "done").queryParam("q", "x".repeat(101))
                .queryParam("radiusKm", "far").queryParam("near", "north").queryParam("bbox", "1,2").queryParam("kind", "fair")
                .queryParam("limit", 0).queryParam("sort", "nope").get(PATH).then().statusCode(400)
                .body("errors.field", equalTo(List.of("from", "to", "year", "unit", "status", "q", "radiusKm", "near", "bbox",
                        "kind", "limit", "sort")))
                .body("errors.message", org.hamcrest.Matchers.hasItems("must be an ISO date such as 2025-07-01",
                        "must be between 2000 and 2100", "must be at most 100 characters", "must be a number",
                        "must be latitude,longitude in degrees, such as 18.34,105.90", "must be between 1 and 100"));
        Api.invalidRequest(null).queryParam("near", "18.3,105.9").queryParam("radiusKm", 0).get(PATH).then().statusCode(400)
                .body("errors.message", equalTo(List.of("must be more than 0 and at most 500.0")));
        Api.invalidRequest(null).queryParam("from", "2026-08-20").queryParam("to", "2026-08-01").get(PATH).then().statusCode(400)
                .body("errors.message", equalTo(List.of("must not be before from")));
        Api.invalidRequest(null).queryParam("radiusKm", "x").get(PATH).then().statusCode(400)
                .body("errors.message", equalTo(List.of("must be a number", "goes with near")));
    }

    @Test
    void theCalendarTakesTheListsFiltersOnly() {
        Api.invalidRequest(null).queryParam("year", 1999).queryParam("near", "north").get(PATH + "/calendar").then().statusCode(400)
                .body("errors.field", equalTo(List.of("year")));
    }

    @Test
    void theSyncFeedNamesEveryBadParameter() {
        Api.invalidRequest(null).queryParam("limit", 0).queryParam("year", "next").queryParam("unit", "x")
                .queryParam("since", "x".repeat(201)).get(PATH + "/changes").then().statusCode(400)
                .body("errors.field", equalTo(List.of("limit", "year", "unit", "since")));
    }

    @Test
    void theHistoryTakesTheSharedCursorParameters() {
        String tag = Fixtures.tag();
        String organizer = Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh Hà Tĩnh " + tag, "police", "42"));
        String id = Fixtures.createFestival(Fixtures.festival("Lịch sử " + tag, organizer, "2039-08-20", 18.36, 105.88));
        Api.invalidRequest(vn.antq.support.Tokens.viewer()).queryParam("limit", "many").get(PATH + "/" + id + "/history").then()
                .statusCode(400).body("errors[0].field", equalTo("limit")).body("errors[0].message", equalTo("must be a whole number"));
        Api.viewer().queryParam("limit", 1).get(PATH + "/" + id + "/history").then().statusCode(200).body("limit", equalTo(1));
    }
}
