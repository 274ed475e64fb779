package vn.antq.festival;

import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class FestivalResourceTest {

    static final String PATH = "/api/v1/festivals";

    static String organizer(String tag) {
        return Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh Hà Tĩnh " + tag, "police", "42"));
    }

    @Test
    void anyoneReadsAFestivalShownInVietnamTimeWithAnEtagAndPublicCaching() {
        String tag = Fixtures.tag();
        Map<String, Object> body = Fixtures.festival("Ngày hội xã Thạch Hà " + tag, organizer(tag), "2026-08-19", 18.36, 105.88);
        body.put("startsAt", "2026-08-19T00:30:00Z");
        body.put("endsAt", "2026-08-19T04:00:00Z");
        String id = Api.as(Tokens.editor("42")).body(body).post(PATH).then().statusCode(201)
                .body("startsAt", equalTo("2026-08-19T07:30:00+07:00"))
                .body("organizers[0].name", equalTo("Công an tỉnh Hà Tĩnh " + tag))
                .extract().path("id");
        String etag = Api.anonymous().get(PATH + "/" + id).then().statusCode(200)
                .header("Cache-Control", containsString("public"))
                .body("title", equalTo("Ngày hội xã Thạch Hà " + tag))
                .body("report", nullValue())
                .extract().header("ETag");
        Api.anonymous().header("If-None-Match", etag).get(PATH + "/" + id).then().statusCode(304);
        Api.invalidRequest(null).get(PATH + "/" + id + "/history").then().statusCode(401);
        Api.viewer().get(PATH + "/" + id + "/history").then().statusCode(200).body("items[0].action", equalTo("create"));
    }

    @Test
    void scheduleFiltersByProvinceIncludingLegacyCommunesDateRangeAndStatusInStartOrder() {
        String tag = Fixtures.tag();
        String org = organizer(tag);
        String second = Fixtures.createFestival(Fixtures.festival("B " + tag, org, "2026-08-20", 18.36, 105.88));
        String first = Fixtures.createFestival(Fixtures.festival("A " + tag, org, "2026-08-18", 18.36, 105.88));
        Map<String, Object> cancelled = Fixtures.festival("C " + tag, org, "2026-08-19", 18.36, 105.88);
        cancelled.put("status", "cancelled");
        String cancelledId = Fixtures.createFestival(cancelled);
        Fixtures.createFestival(Fixtures.festival("Later " + tag, org, "2026-09-15", 18.36, 105.88));
        // 2022: a legacy commune of the legacy Hà Tĩnh province
        Map<String, Object> legacy = Fixtures.festival("Legacy " + tag, org, "2022-08-19", 18.36, 105.88);
        legacy.put("adminUnit", Fixtures.unit("legacy", "18643"));
        String legacyId = Fixtures.createFestival(legacy);

        Api.anonymous().queryParam("q", tag).queryParam("unit", "2025:42").queryParam("from", "2026-08-17").queryParam("to", "2026-08-30")
                .get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(first, cancelledId, second)))
                .body("items[0]", not(hasKey("organizers")));
        Api.anonymous().queryParam("q", tag).queryParam("unit", "2025:42").queryParam("status", "cancelled")
                .get(PATH).then().body("items.id", equalTo(List.of(cancelledId)));
        Api.anonymous().queryParam("q", tag).queryParam("unit", "2025:42").queryParam("to", "2023-01-01")
                .get(PATH).then().body("items.id", equalTo(List.of(legacyId)));
        Api.anonymous().queryParam("q", tag).queryParam("unit", "2025:18652").queryParam("year", 2022)
                .get(PATH).then().body("items.id", equalTo(List.of(legacyId)));
        Api.anonymous().queryParam("q", tag).queryParam("unit", "2025:01").get(PATH).then().body("items.id", equalTo(List.of()));
        Api.anonymous().queryParam("q", tag).queryParam("sort", "-startsAt").queryParam("limit", 1).get(PATH).then()
                .body("items[0].title", equalTo("Later " + tag)).body("nextCursor", notNullValue());
    }

    @Test
    void nearAPointListsFestivalsWithinTheRadiusNearestFirst() {
        String tag = Fixtures.tag();
        String org = organizer(tag);
        // Around Hà Tĩnh city (18.34, 105.90): about 1 km, 6 km and 30 km away.
        String far = Fixtures.createFestival(Fixtures.festival("Far " + tag, org, "2026-08-19", 18.60, 105.95));
        String near = Fixtures.createFestival(Fixtures.festival("Near " + tag, org, "2026-08-19", 18.349, 105.905));
        String middle = Fixtures.createFestival(Fixtures.festival("Middle " + tag, org, "2026-08-19", 18.39, 105.92));
        var all = Api.anonymous().queryParam("q", tag).queryParam("near", "18.34,105.90").queryParam("radiusKm", 50).get(PATH)
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(near, middle, far)))
                .extract().response();
        assertThat(all.<Number>path("items[0].distanceKm").doubleValue()).isCloseTo(1.1, within(0.3));
        assertThat(all.<Number>path("items[2].distanceKm").doubleValue()).isCloseTo(29.4, within(1.5));
        Api.anonymous().queryParam("q", tag).queryParam("near", "18.34,105.90").queryParam("radiusKm", 10).get(PATH).then()
                .body("items.id", equalTo(List.of(near, middle)));
        var page = Api.anonymous().queryParam("q", tag).queryParam("near", "18.34,105.90").queryParam("radiusKm", 50)
                .queryParam("limit", 2).get(PATH).then().extract().response();
        Api.anonymous().queryParam("q", tag).queryParam("near", "18.34,105.90").queryParam("radiusKm", 50)
                .queryParam("limit", 2).queryParam("cursor", page.<String>path("nextCursor")).get(PATH).then()
                .body("items.id", equalTo(List.of(far)));
    }

    @Test
    void listsAreConditionalAndChangeTheirEtagWhenAnyFestivalChanges() {
        String tag = Fixtures.tag();
        Fixtures.createFestival(Fixtures.festival("E " + tag, organizer(tag), "2026-08-19", 18.36, 105.88));
        String etag = Api.anonymous().queryParam("unit", "2025:42").header("Accept-Encoding", "gzip").get(PATH).then()
                .statusCode(200)
                .header("Content-Encoding", equalTo("gzip"))
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("ETag", startsWith("W/")).extract().header("ETag");
        Api.anonymous().queryParam("unit", "2025:42").header("If-None-Match", etag).get(PATH).then().statusCode(304);
        Fixtures.createFestival(Fixtures.festival("F " + tag, organizer(tag), "2026-08-19", 18.36, 105.88));
        Api.anonymous().queryParam("unit", "2025:42").header("If-None-Match", etag).get(PATH).then().statusCode(200)
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void aPostponedFestivalKeepsItsPreviousStartAndOnlyAHeldOneHasAReport() {
        String tag = Fixtures.tag();
        String org = organizer(tag);
        String id = Fixtures.createFestival(Fixtures.festival("P " + tag, org, "2026-08-19", 18.36, 105.88));
        Map<String, Object> postponed = Fixtures.festival("P " + tag, org, "2026-08-26", 18.36, 105.88);
        postponed.put("status", "postponed");
        Api.admin().header("If-Match", "\"0\"").body(postponed).put(PATH + "/" + id).then().statusCode(200)
                .body("previousStartsAt", equalTo("2026-08-19T07:30:00+07:00"))
                .body("startsAt", equalTo("2026-08-26T07:30:00+07:00"));

        Map<String, Object> reported = Fixtures.festival("P " + tag, org, "2026-08-26", 18.36, 105.88);
        reported.put("report", Map.of("participants", 84000, "giftCount", 412, "giftValueVnd", 412000000L));
        Api.admin().header("If-Match", "\"1\"").body(reported).put(PATH + "/" + id).then().statusCode(400)
                .body("errors.field", hasItem("report"));
        reported.put("status", "held");
        Api.admin().header("If-Match", "\"1\"").body(reported).put(PATH + "/" + id).then().statusCode(200)
                .body("report.participants", equalTo(84000)).body("report.giftCount", equalTo(412));
    }

    @Test
    void aReportLinksExistingAwardDecisionsWhichThenCannotBeDeleted() {
        String tag = Fixtures.tag();
        String org = organizer(tag);
        String award = Fixtures.createAward(Fixtures.award("QĐ-" + tag, org, List.of(Fixtures.individual("Người " + tag, null))));
        Map<String, Object> held = Fixtures.festival("H " + tag, org, "2022-08-19", 18.36, 105.88);
        held.put("adminUnit", Fixtures.unit("legacy", "18643"));
        held.put("status", "held");
        held.put("report", Map.of("participants", 300, "awardDecisionIds", List.of(award, "0b5c1b5e-7d1a-4b53-9f1e-3f0c1d2e3a4b")));
        Api.admin().body(held).post(PATH).then().statusCode(400).body("errors.field", equalTo(List.of("report.awardDecisionIds[1]")));
        held.put("report", Map.of("participants", 300, "awardDecisionIds", List.of(award)));
        String id = Api.admin().body(held).post(PATH).then().statusCode(201)
                .body("report.awardDecisionIds", equalTo(List.of(award))).extract().path("id");
        Api.admin().header("If-Match", "\"0\"").delete("/api/v1/awards/" + award).then().statusCode(409)
                .body("detail", containsString("festival " + id));
    }

    @Test
    void invalidFestivalsAreRefusedWithEveryFieldNamed() {
        String tag = Fixtures.tag();
        Map<String, Object> body = Fixtures.festival("X " + tag, organizer(tag), "2026-08-19", 18.36, 105.88);
        body.put("year", 2025);
        body.put("endsAt", "2026-08-19T06:00:00+07:00");
        body.put("adminUnit", Fixtures.unit("2025", "42"));
        body.put("leaders", List.of(Map.of("level", "village", "title", "Trưởng thôn")));
        body.put("organizerIds", List.of("0b5c1b5e-7d1a-4b53-9f1e-3f0c1d2e3a4b"));
        Api.invalidRequest(Tokens.admin()).body(body).post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("year", "endsAt", "adminUnit", "leaders[0].level", "organizerIds[0]"));

        Map<String, Object> wrongEra = Fixtures.festival("Y " + tag, organizer(tag), "2026-08-19", 18.36, 105.88);
        wrongEra.put("adminUnit", Fixtures.unit("legacy", "18643"));
        Api.admin().body(wrongEra).post(PATH).then().statusCode(400).body("errors[0].message", containsString("2025 era"));

        Map<String, Object> halfLocated = Fixtures.festival("Z " + tag, organizer(tag), "2026-08-19", 18.36, 105.88);
        halfLocated.put("venue", Map.of("name", "Sân vận động", "latitude", 18.3));
        Api.admin().body(halfLocated).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("venue"));
        Api.anonymous().queryParam("q", tag).get(PATH).then().body("items", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void badScheduleParametersAre400() {
        Api.invalidRequest(null).queryParam("near", "north").queryParam("from", "2026-08-20").queryParam("to", "2026-08-01")
                .queryParam("status", "done").get(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("near", "to", "status"));
        Api.invalidRequest(null).queryParam("radiusKm", 5).get(PATH).then().statusCode(400).body("errors[0].field", equalTo("radiusKm"));
        Api.invalidRequest(null).queryParam("sort", "distance").get(PATH).then().statusCode(400).body("errors[0].field", equalTo("sort"));
        Api.invalidRequest(null).queryParam("near", "18.3,105.9").queryParam("radiusKm", 5000).get(PATH).then().statusCode(400);
    }

    @Test
    void theCalendarFeedParsesBackWithStableUidsSequencesAndCancellations() throws Exception {
        String tag = Fixtures.tag();
        String org = organizer(tag);
        String id = Fixtures.createFestival(Fixtures.festival("Lịch " + tag, org, "2026-08-19", 18.36, 105.88));
        Map<String, Object> cancelled = Fixtures.festival("Lịch " + tag, org, "2026-08-19", 18.36, 105.88);
        cancelled.put("status", "cancelled");
        Api.admin().header("If-Match", "\"0\"").body(cancelled).put(PATH + "/" + id).then().statusCode(200);

        String ics = Api.anonymous().queryParam("q", tag).get(PATH + "/calendar").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(value(event, Property.UID)).isEqualTo(id + "@antq");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Lịch " + tag);
        assertThat(value(event, Property.URL)).endsWith(PATH + "/" + id);
        assertThat(value(event, Property.DESCRIPTION)).contains(PATH + "/" + id);
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20260819T073000");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
    }

    private static String value(VEvent event, String property) {
        Optional<Property> found = event.getProperty(property);
        return found.map(Property::getValue).orElse(null);
    }
}
