package vn.antq.festival;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The public schedule as GeoJSON for map clients, with a bbox filter; paging and the ETag as for JSON. */
@QuarkusTest
class FestivalGeoJsonTest {

    static final String PATH = "/api/v1/festivals";
    static final String GEOJSON = "application/geo+json";

    @Test
    void theScheduleIsAFeatureCollectionOfPointsWhosePropertiesAreTheListItems() {
        String tag = Fixtures.tag();
        String organizer = FestivalResourceTest.organizer(tag);
        String a = Fixtures.createFestival(Fixtures.festival("Bản đồ A " + tag, organizer, "2026-08-18", 18.3427, 105.9012));
        Map<String, Object> unlocated = Fixtures.festival("Bản đồ B " + tag, organizer, "2026-08-19", 0, 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> venue = (Map<String, Object>) unlocated.get("venue");
        venue.remove("latitude");
        venue.remove("longitude");
        String b = Fixtures.createFestival(unlocated);

        List<Map<String, Object>> items = Api.anonymous().queryParam("q", tag).get(PATH).then().statusCode(200)
                .extract().jsonPath().getList("items");
        Response response = Api.anonymous().accept(GEOJSON).queryParam("q", tag).get(PATH);
        response.then().statusCode(200).contentType(GEOJSON).body("type", equalTo("FeatureCollection"));
        JsonPath geo = response.jsonPath();
        assertThat(geo.getList("features.id")).containsExactly(a, b);
        assertThat(geo.getList("features.type")).containsOnly("Feature");
        assertThat(geo.getString("features[0].geometry.type")).isEqualTo("Point");
        assertThat(geo.getList("features[0].geometry.coordinates", Double.class)).containsExactly(105.9012, 18.3427);
        assertThat(geo.<Object>get("features[1].geometry")).isNull();
        assertThat(geo.getList("features.properties")).isEqualTo(items);
    }

    @Test
    void bboxKeepsTheFestivalsInsideTheBoxForJsonAndGeoJsonAlike() {
        String tag = Fixtures.tag();
        String organizer = FestivalResourceTest.organizer(tag);
        String inside = Fixtures.createFestival(Fixtures.festival("Trong " + tag, organizer, "2026-08-18", 18.34, 105.90));
        Fixtures.createFestival(Fixtures.festival("Ngoài " + tag, organizer, "2026-08-18", 18.10, 106.40));
        Api.anonymous().queryParam("q", tag).queryParam("bbox", "105.8,18.3,106.0,18.4").get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(inside)));
        Api.anonymous().accept(GEOJSON).queryParam("q", tag).queryParam("bbox", "105.8,18.3,106.0,18.4").get(PATH).then()
                .statusCode(200).body("features.id", equalTo(List.of(inside)));
        // Across the antimeridian: west of 106.0 is not "east of 170".
        Api.anonymous().queryParam("q", tag).queryParam("bbox", "170,18,106.0,19").get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(inside)));
    }

    @Test
    void aBadBoxIsABadRequestNamingBbox() {
        for (String bad : List.of("north", "1,2,3", "105,19,106,18", "200,18,106,19", "a,b,c,d")) {
            Api.invalidRequest(null).accept(GEOJSON).queryParam("bbox", bad).get(PATH).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("bbox")));
        }
    }

    @Test
    void pagingAndTheEtagWorkAsForJson() {
        String tag = Fixtures.tag();
        String organizer = FestivalResourceTest.organizer(tag);
        String first = Fixtures.createFestival(Fixtures.festival("Trang A " + tag, organizer, "2026-08-18", 18.34, 105.90));
        String second = Fixtures.createFestival(Fixtures.festival("Trang B " + tag, organizer, "2026-08-19", 18.35, 105.91));
        Response page = Api.anonymous().accept(GEOJSON).queryParam("q", tag).queryParam("limit", 1).get(PATH);
        page.then().statusCode(200).header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .header("Vary", org.hamcrest.Matchers.containsString("Accept"));
        assertThat(page.jsonPath().getList("features.id")).containsExactly(first);
        String cursor = page.jsonPath().getString("nextCursor");
        assertThat(page.jsonPath().getString("next")).contains("cursor=" + cursor);
        Api.anonymous().accept(GEOJSON).queryParam("q", tag).queryParam("limit", 1).queryParam("cursor", cursor).get(PATH)
                .then().statusCode(200).body("features.id", equalTo(List.of(second))).body("nextCursor", org.hamcrest.Matchers.nullValue());
        String etag = page.header("ETag");
        assertThat(etag).startsWith("W/\"f");
        Api.anonymous().accept(GEOJSON).queryParam("q", tag).queryParam("limit", 1).header("If-None-Match", etag).get(PATH)
                .then().statusCode(304);
        // JSON clients are unaffected: the default is still JSON.
        Api.anonymous().queryParam("q", tag).get(PATH).then().statusCode(200).contentType("application/json");
    }
}
