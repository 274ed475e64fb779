package vn.antq.adminunit;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Reference data of both eras, loaded from the shipped CSVs, served publicly. */
@QuarkusTest
class AdminUnitResourceTest {

    private static final String PATH = "/api/v1/admin-units";

    @Test
    void bothStructuresAreLoadedCompletely() {
        assertThat(countAll("2025", "province")).isEqualTo(34);
        assertThat(countAll("2025", "commune")).isEqualTo(3321);
        assertThat(countAll("legacy", "province")).isEqualTo(63);
    }

    @Test
    void unaccentedSearchFindsVietnameseNames() {
        Api.anonymous().queryParam("q", "tho xuan").queryParam("level", "district").get(PATH).then().statusCode(200)
                .body("items.fullName", equalTo(List.of("Huyện Thọ Xuân")))
                .body("items[0].era", equalTo("legacy"));
        Api.anonymous().queryParam("q", "ha tinh").queryParam("level", "province").queryParam("era", "2025").get(PATH)
                .then().statusCode(200).body("items.fullName", equalTo(List.of("Tỉnh Hà Tĩnh")));
        Api.anonymous().queryParam("q", "ĐỒNG NAI").queryParam("level", "province").get(PATH).then().statusCode(200)
                .body("items.code", everyItem(equalTo("75")));
    }

    @Test
    void childrenOfAParentInEachEra() {
        Api.anonymous().queryParam("parent", "legacy:395").queryParam("limit", 100).get(PATH).then().statusCode(200)
                .body("items", hasSize(30)).body("items.level", everyItem(equalTo("commune")));
        Api.anonymous().queryParam("parent", "legacy:17").queryParam("limit", 100).get(PATH).then().statusCode(200)
                .body("items", hasSize(10)).body("items.fullName", hasItem("Huyện Cao Phong"));
        Api.anonymous().queryParam("parent", "2025:38").queryParam("limit", 100).get(PATH).then().statusCode(200)
                .body("items", hasSize(100)).body("items.provinceCode", everyItem(equalTo("38")));
    }

    @Test
    void aCodeIsAmbiguousAcrossErasSoEachEraAnswersForItsOwnUnit() {
        var legacy = Api.anonymous().get(PATH + "/legacy/00602").then().statusCode(200).extract().response();
        var current = Api.anonymous().get(PATH + "/2025/00602").then().statusCode(200).extract().response();
        assertThat(legacy.<String>path("validTo")).isEqualTo("2025-06-30");
        assertThat(current.<String>path("validFrom")).isEqualTo("2025-07-01");
        assertThat(legacy.<String>path("districtCode")).isNotNull();
        assertThat(current.<String>path("districtCode")).isNull();
    }

    @Test
    void legacyDistrictShowsItsParentChildrenAndSuccessors() {
        Api.anonymous().get(PATH + "/legacy/154").then().statusCode(200)
                .body("fullName", equalTo("Huyện Cao Phong"))
                .body("parent.fullName", equalTo("Tỉnh Hoà Bình"))
                .body("children", hasSize(10))
                .body("successors.code", containsInAnyOrder("05089", "05092", "05116"))
                .body("successors.era", everyItem(equalTo("2025")))
                .body("predecessors", hasSize(0));
        Api.anonymous().get(PATH + "/legacy/395").then().statusCode(200)
                .body("successors.code", hasItems("15499", "15544", "15553"))
                .body("successors", hasSize(8));
    }

    @Test
    void provinceOf2025ShowsTheLegacyProvincesMergedIntoIt() {
        Api.anonymous().get(PATH + "/2025/25").then().statusCode(200)
                .body("fullName", equalTo("Tỉnh Phú Thọ"))
                .body("predecessors.code", hasItem("17"))
                .body("parent", nullValue());
        Api.anonymous().get(PATH + "/legacy/17").then().statusCode(200)
                .body("successors.code", equalTo(List.of("25")));
    }

    @Test
    void dongNaiBecameACentrallyRunCityOn30April2026() {
        Api.anonymous().get(PATH + "/2025/75").then().statusCode(200)
                .body("fullName", equalTo("Thành phố Đồng Nai"))
                .body("typeEn", equalTo("municipality"))
                .body("changes[0].effectiveDate", equalTo("2026-04-30"))
                .body("changes[0].legalBasis", equalTo("30/2026/QH16"));
        Api.anonymous().queryParam("asOf", "2025-12-01").get(PATH + "/2025/75").then().statusCode(200)
                .body("fullName", equalTo("Tỉnh Đồng Nai")).body("typeEn", equalTo("province"));
        Api.anonymous().queryParam("asOf", "2025-12-01").queryParam("q", "dong nai").queryParam("level", "province")
                .get(PATH).then().statusCode(200).body("items[0].fullName", equalTo("Tỉnh Đồng Nai"));
    }

    @Test
    void asOfSelectsTheEraOfTheDate() {
        Api.anonymous().queryParam("asOf", "2020-01-01").queryParam("level", "province").queryParam("limit", 100)
                .get(PATH).then().statusCode(200).body("items", hasSize(63)).body("items.era", everyItem(equalTo("legacy")));
        Api.anonymous().queryParam("asOf", "2025-07-01").queryParam("level", "province").queryParam("limit", 100)
                .get(PATH).then().statusCode(200).body("items", hasSize(34));
    }

    @Test
    void invalidParametersAre400AndUnknownUnitsAre404() {
        Api.invalidRequest(null).queryParam("asOf", "yesterday").queryParam("limit", "many").get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder("asOf", "limit"));
        Api.invalidRequest(null).queryParam("parent", "38").get(PATH).then().statusCode(400).body("errors[0].field", equalTo("parent"));
        Api.invalidRequest(null).queryParam("level", "hamlet").queryParam("era", "1999").queryParam("limit", 0).get(PATH)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("level", "era", "limit"));
        Api.invalidRequest(null).queryParam("era", "2020").queryParam("asOf", "2021-01-01").get(PATH).then().statusCode(400)
                .body("errors.field", hasItem("era"));
        Api.invalidRequest(null).queryParam("era", "2025").queryParam("asOf", "2021-01-01").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        Api.anonymous().get(PATH + "/2025/99999").then().statusCode(404).contentType("application/problem+json");
        Api.invalidRequest(null).get(PATH + "/1999/01").then().statusCode(404);
    }

    private static int countAll(String era, String level) {
        List<Object> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.anonymous().queryParam("era", era).queryParam("level", level).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get(PATH).then().statusCode(200).extract().response();
            all.addAll(page.path("items.code"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(all).doesNotHaveDuplicates();
        return all.size();
    }
}
