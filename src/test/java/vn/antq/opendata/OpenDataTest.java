package vn.antq.opendata;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Open data without a token: a data package of per-year CSV files, cached until their data changes, with no personal data. */
@QuarkusTest
class OpenDataTest {

    static final String PATH = "/api/v1/open-data";

    @Test
    void theCatalogueIsADataPackageUnderAnOpenLicenceListingPerYearFiles() {
        JsonPath catalogue = Api.anonymous().get(PATH).then().statusCode(200).extract().jsonPath();
        assertThat(catalogue.getString("licenses[0].name")).isEqualTo("CC-BY-4.0");
        List<String> names = catalogue.getList("resources.name");
        for (String table : List.of("festival-schedule", "statistics-safety", "statistics-models", "statistics-awards",
                "statistics-festivals", "statistics-campaigns", "statistics-indicators")) {
            assertThat(names).contains(table + "-2022");
        }
        List<Map<String, Object>> resources = catalogue.getList("resources");
        assertThat(resources).allSatisfy(r -> assertThat((String) r.get("path")).endsWith("/api/v1/open-data/" + r.get("name") + ".csv"));
    }

    @Test
    void everyFileOfAYearDownloadsWithoutATokenWithItsColumnsAndNoPersonalData() {
        String tag = Fixtures.tag();
        // An award to a person: her name and birth date are personal data and must not reach any file.
        String issuer = Fixtures.createOrganization(Fixtures.provincial("UBND tỉnh " + tag, "peoples_committee", "42"));
        Map<String, Object> award = Fixtures.award("QĐ-" + tag, issuer, List.of(Fixtures.individual("Bà Riêng Tư " + tag, "1970-01-02")));
        award.put("signedOn", "2025-03-04");
        Fixtures.createAward(award);
        JsonPath catalogue = Api.anonymous().get(PATH).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> resources = catalogue.getList("resources");
        for (Map<String, Object> resource : resources) {
            if (!resource.get("name").toString().endsWith("-2025")) {
                continue;
            }
            String path = "/api/v1/open-data/" + resource.get("name") + ".csv";
            Response file = Api.anonymous().get(path);
            file.then().statusCode(200).contentType("text/csv");
            assertThat(file.header("ETag")).isNotBlank();
            assertThat(file.header("Last-Modified")).isNotBlank();
            String csv = new String(file.asByteArray(), StandardCharsets.UTF_8);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> fields = (List<Map<String, Object>>) ((Map<String, Object>) resource.get("schema")).get("fields");
            assertThat(csv.lines().findFirst().orElseThrow()).as(path)
                    .isEqualTo(String.join(",", fields.stream().map(f -> f.get("name").toString()).toList()));
            assertThat(csv).as(path).doesNotContain("Riêng Tư").doesNotContain("1970-01-02");
        }
    }

    @Test
    void aFileIsCachedUntilItsDataChangesAndRevalidatesCheaply() {
        String tag = Fixtures.tag();
        String organizer = Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh Hà Tĩnh " + tag, "police", "42"));
        Fixtures.createFestival(Fixtures.festival("Dữ liệu mở A " + tag, organizer, "2025-08-18", 18.34, 105.90));
        String path = PATH + "/festival-schedule-2025.csv";
        Response first = Api.anonymous().get(path);
        first.then().statusCode(200);
        assertThat(first.asString()).contains("Dữ liệu mở A " + tag).contains("18.34").contains("105.9");
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        Api.anonymous().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
        Api.anonymous().header("If-Modified-Since", lastModified).get(path).then().statusCode(304);
        assertThat(Api.anonymous().get(path).header("ETag")).isEqualTo(etag);

        Fixtures.createFestival(Fixtures.festival("Dữ liệu mở B " + tag, organizer, "2025-08-19", 18.35, 105.91));
        Response second = Api.anonymous().header("If-None-Match", etag).get(path);
        second.then().statusCode(200);
        assertThat(second.header("ETag")).isNotEqualTo(etag);
        assertThat(second.asString()).contains("Dữ liệu mở B " + tag);
    }

    @Test
    void aFileTheCatalogueDoesNotListIsNotFound() {
        for (String name : List.of("statistics-secrets-2022.csv", "festival-schedule-1999.csv", "festival-schedule-2101.csv")) {
            Api.anonymous().get(PATH + "/" + name).then().statusCode(404).body("status", equalTo(404));
        }
    }
}
