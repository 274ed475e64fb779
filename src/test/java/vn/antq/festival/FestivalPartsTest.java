package vn.antq.festival;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A festival's kind and parts: written and read back, carried by the public schedule, the calendar and the sync
 * feed, filtered by kind, checked, and counted by the festival statistic. Each test takes a year of its own.
 */
@QuarkusTest
class FestivalPartsTest {

    private static final String HA_TINH = "2025:42";
    private static final String HA_HUY_TAP = "2025:18652";

    private static int year() {
        return ThreadLocalRandom.current().nextInt(2040, 2100);
    }

    private static Map<String, Object> greatUnityDay(String title, String organizer, int year) {
        Map<String, Object> body = Fixtures.festival(title, organizer, year + "-11-18", 18.34, 105.90);
        body.put("kind", "great_unity_day");
        return body;
    }

    private static void held(Map<String, Object> body, int participants, int gifts, List<Map<String, Object>> activities) {
        body.put("status", "held");
        Map<String, Object> report = new HashMap<>();
        report.put("participants", participants);
        report.put("giftCount", gifts);
        body.put("report", report);
        body.put("activities", activities);
    }

    private static Map<String, Object> activity(String kind, Integer participants, Integer count) {
        Map<String, Object> activity = new HashMap<>();
        activity.put("kind", kind);
        activity.put("participants", participants);
        activity.put("count", count);
        return activity;
    }

    @Test
    void theScheduleTheCalendarAndTheFeedCarryKindAndParts() {
        String tag = Fixtures.tag();
        String organizer = FestivalResourceTest.organizer(tag);
        int year = year();
        Map<String, Object> unity = greatUnityDay("Ngày hội đại đoàn kết " + tag, organizer, year);
        held(unity, 300, 12, List.of(activity("ceremony", 300, null), activity("gifts", null, 12),
                activity("culture_arts", 80, 5)));
        String unityId = Fixtures.createFestival(unity);
        String dayId = Fixtures.createFestival(Fixtures.festival("Ngày hội ANTQ " + tag, organizer, year + "-08-19", 18.35, 105.91));

        Api.anonymous().get(FestivalResourceTest.PATH + "/" + unityId).then().statusCode(200)
                .body("kind", equalTo("great_unity_day"))
                .body("activities.kind", equalTo(List.of("ceremony", "gifts", "culture_arts")))
                .body("activities[1].count", equalTo(12)).body("activities[2].participants", equalTo(80));
        Api.anonymous().get(FestivalResourceTest.PATH + "/" + dayId).then().statusCode(200)
                .body("kind", equalTo("antq_festival_day")).body("activities", equalTo(List.of()));

        // The schedule item names the kind and the parts' kinds; the list filters by kind.
        JsonPath all = Api.anonymous().queryParam("unit", HA_TINH).queryParam("year", year).get(FestivalResourceTest.PATH)
                .then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("items.id")).contains(unityId, dayId);
        Api.anonymous().queryParam("unit", HA_TINH).queryParam("year", year).queryParam("kind", "great_unity_day")
                .get(FestivalResourceTest.PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(unityId)))
                .body("items[0].kind", equalTo("great_unity_day"))
                .body("items[0].activities", equalTo(List.of("ceremony", "culture_arts", "gifts")));
        Api.anonymous().queryParam("unit", HA_TINH).queryParam("year", year).queryParam("kind", "antq_festival_day")
                .get(FestivalResourceTest.PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(dayId))).body("items[0].activities", equalTo(List.of()));
        Api.invalidRequest(null).queryParam("kind", "fair").get(FestivalResourceTest.PATH)
                .then().statusCode(400).body("errors.field", hasItem("kind"));

        // The calendar: the kind then the parts as CATEGORIES, filtered the same way.
        String ics = Api.anonymous().queryParam("unit", HA_TINH).queryParam("year", year).queryParam("kind", "great_unity_day")
                .get(FestivalResourceTest.PATH + "/calendar").then().statusCode(200).extract().asString();
        assertThat(ics.replace("\r\n ", "")).contains("CATEGORIES:great_unity_day,ceremony,culture_arts,gifts")
                .contains(unityId + "@antq").doesNotContain(dayId + "@antq");
        Api.anonymous().accept("text/calendar").get(FestivalResourceTest.PATH + "/" + dayId).then().statusCode(200)
                .body(containsString("CATEGORIES:antq_festival_day"));

        // The sync feed's items are schedule items.
        JsonPath feed = Api.anonymous().queryParam("unit", HA_TINH).queryParam("year", year)
                .get(FestivalResourceTest.PATH + "/changes").then().statusCode(200).extract().jsonPath();
        assertThat(feed.getString("items.find { it.id == '" + unityId + "' }.festival.kind")).isEqualTo("great_unity_day");
        assertThat(feed.getList("items.find { it.id == '" + unityId + "' }.festival.activities"))
                .isEqualTo(List.of("ceremony", "culture_arts", "gifts"));
    }

    @Test
    void aPartIsListedOnceAndOnlyAHeldFestivalCountsIt() {
        String tag = Fixtures.tag();
        String organizer = FestivalResourceTest.organizer(tag);
        Map<String, Object> twice = greatUnityDay("Hai lần " + tag, organizer, year());
        twice.put("activities", List.of(activity("sport", null, null), activity("sport", null, null)));
        Api.admin().body(twice).post(FestivalResourceTest.PATH).then().statusCode(400)
                .body("errors.field", hasItem("activities[1].kind"));
        Map<String, Object> planned = greatUnityDay("Chưa tổ chức " + tag, organizer, year());
        planned.put("activities", List.of(activity("gifts", null, 10)));
        Api.admin().body(planned).post(FestivalResourceTest.PATH).then().statusCode(400)
                .body("errors.field", hasItem("activities[0]"));
        Map<String, Object> unknown = greatUnityDay("Không rõ " + tag, organizer, year());
        unknown.put("kind", "fair");
        Api.invalidRequest(Tokens.admin()).body(unknown).post(FestivalResourceTest.PATH).then().statusCode(400)
                .body("errors.field", hasItem(containsString("kind")));
        // Planned parts without counts are fine.
        planned.put("activities", List.of(activity("gifts", null, null)));
        Api.admin().body(planned).post(FestivalResourceTest.PATH).then().statusCode(201);
    }

    @Test
    void theStatisticCountsPerKindAndPerActivity() {
        String tag = Fixtures.tag();
        String organizer = FestivalResourceTest.organizer(tag);
        int year = year();
        Map<String, Object> first = Fixtures.festival("Điểm A " + tag, organizer, year + "-08-19", 18.34, 105.90);
        held(first, 300, 30, List.of(activity("ceremony", null, null), activity("gifts", null, 30), activity("sport", 40, 3)));
        Fixtures.createFestival(first);
        Map<String, Object> second = Fixtures.festival("Điểm B " + tag, organizer, year + "-08-20", 18.35, 105.91);
        held(second, 100, 0, List.of(activity("ceremony", null, null)));
        Fixtures.createFestival(second);
        Map<String, Object> unity = greatUnityDay("Điểm C " + tag, organizer, year);
        held(unity, 50, 4, List.of(activity("gifts", null, 4)));
        Fixtures.createFestival(unity);

        JsonPath report = Api.viewer().queryParam("unit", HA_HUY_TAP).queryParam("year", year)
                .get("/api/v1/statistics/festival-activities").then().statusCode(200).extract().jsonPath();
        // Each festival's own figures once, whatever its number of parts.
        assertThat(values(report, null, null)).containsEntry("points", 3).containsEntry("participants", 450)
                .containsEntry("gifts", 34).containsEntry("activities", 5).containsEntry("activityItems", 37)
                .containsEntry("activityParticipants", 40);
        assertThat(values(report, "activityKind", "gifts")).containsEntry("points", 2).containsEntry("activityItems", 34)
                .containsEntry("participants", 350).containsEntry("gifts", 34);
        assertThat(values(report, "activityKind", "ceremony")).containsEntry("points", 2).containsEntry("participants", 400);
        assertThat(values(report, "kind", "antq_festival_day")).containsEntry("points", 2).containsEntry("participants", 400)
                .containsEntry("gifts", 30);
        assertThat(values(report, "kind", "great_unity_day")).containsEntry("points", 1).containsEntry("gifts", 4);
        assertThat(report.getList("rows.key")).doesNotContain("humanitarian");
        // The festivals statistic keeps its shape and counts each festival once.
        JsonPath festivals = Api.viewer().queryParam("unit", HA_HUY_TAP).queryParam("year", year)
                .get("/api/v1/statistics/festivals").then().statusCode(200).extract().jsonPath();
        assertThat(festivals.getMap("rows.find { it.section == 'total' && it.dimension == null }.values"))
                .containsEntry("points", 3).containsEntry("participants", 450).containsEntry("gifts", 34);
        assertThat(festivals.getList("measures")).doesNotContain("activityItems");
    }

    private static Map<String, Object> values(JsonPath report, String dimension, String key) {
        String path = "rows.find { it.section == 'total' && it.dimension == " + (dimension == null ? "null" : "'" + dimension + "'")
                + " && it.key == " + (key == null ? "null" : "'" + key + "'") + " }.values";
        Map<String, Object> values = report.getMap(path);
        assertThat(values).as(dimension + "=" + key).isNotNull();
        return values;
    }
}
