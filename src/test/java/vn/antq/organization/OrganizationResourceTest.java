package vn.antq.organization;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class OrganizationResourceTest {

    private static final String PATH = "/api/v1/organizations";

    @Test
    void createReturnsLocationAndEtagAndKeepsVietnameseTextByteForByte() {
        String name = "Công an huyện Thọ Xuân " + Fixtures.tag();
        var response = Api.admin().body(Fixtures.districtPolice(name)).post(PATH)
                .then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("adminUnit.era", equalTo("legacy"))
                .body("adminUnit.code", equalTo("395"))
                .body("adminUnit.fullName", equalTo("Huyện Thọ Xuân"))
                .body("createdAt", startsWith("20"))
                .extract().response();
        String location = response.header("Location");
        String id = response.path("id");
        assertThat(location).endsWith(id);

        Api.viewer().get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("activeTo", equalTo("2025-02-28"));
    }

    @Test
    void getAnswers304WhenIfNoneMatchStillMatches() {
        String id = Fixtures.createOrganization(Fixtures.central("Bộ Công an " + Fixtures.tag(), "police"));
        String etag = Fixtures.etag(PATH + "/" + id);
        Api.viewer().header("If-None-Match", etag).get(PATH + "/" + id).then().statusCode(304);
        Api.viewer().header("If-None-Match", "\"999\"").get(PATH + "/" + id).then().statusCode(200);
    }

    @Test
    void searchIgnoresCaseAndDiacritics() {
        String tag = Fixtures.tag();
        String id = Fixtures.createOrganization(Fixtures.provincial("Ủy ban Mặt trận Tổ quốc tỉnh Hà Tĩnh " + tag, "fatherland_front", "42"));
        Api.viewer().queryParam("q", "uy ban mat tran to quoc tinh ha tinh " + tag).get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        Api.viewer().queryParam("q", "HÀ TĨNH " + tag.toUpperCase()).get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        Api.viewer().queryParam("q", "100%_" + tag).get(PATH).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void listFiltersByTypeLevelParentAndActiveDate() {
        String tag = Fixtures.tag();
        String parent = Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh " + tag, "police", "38"));
        Map<String, Object> child = Fixtures.districtPolice("Công an huyện " + tag);
        child.put("parentId", parent);
        String childId = Fixtures.createOrganization(child);
        String women = Fixtures.createOrganization(Fixtures.provincial("Hội LHPN tỉnh " + tag, "womens_union", "38"));

        Api.viewer().queryParam("q", tag).queryParam("type", "police").get(PATH).then().statusCode(200)
                .body("items.id", containsInAnyOrder(parent, childId));
        Api.viewer().queryParam("q", tag).queryParam("level", "district").get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(childId)));
        Api.viewer().queryParam("parentId", parent).get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(childId)));
        // The district police ceased on 2025-03-01: it is closed, not deleted.
        Api.viewer().queryParam("q", tag).queryParam("activeOn", "2025-08-01").get(PATH).then().statusCode(200)
                .body("items.id", containsInAnyOrder(parent, women));
        Api.viewer().queryParam("q", tag).queryParam("activeOn", "2020-01-01").get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(childId)));
    }

    @Test
    void unitFilterTakesEverythingUnderIncludingLegacyUnitsOfMergedProvinces() {
        String tag = Fixtures.tag();
        String legacyDistrict = Fixtures.createOrganization(Fixtures.districtPolice("Công an huyện Thọ Xuân " + tag));
        String province2025 = Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh Thanh Hóa " + tag, "police", "38"));
        String elsewhere = Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh Lạng Sơn " + tag, "police", "20"));

        Api.viewer().queryParam("q", tag).queryParam("unit", "2025:38").get(PATH).then().statusCode(200)
                .body("items.id", containsInAnyOrder(legacyDistrict, province2025));
        Api.viewer().queryParam("q", tag).queryParam("unit", "legacy:38").get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(legacyDistrict)));
        Api.viewer().queryParam("q", tag).queryParam("unit", "legacy:395").get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(legacyDistrict)));
        Api.viewer().queryParam("q", tag).queryParam("unit", "2025:20").get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(elsewhere)));
    }

    @Test
    void cursorPaginationWalksEveryRecordOnceInNameOrderWithLinkHeader() {
        String tag = Fixtures.tag();
        List<String> names = List.of("Đoàn " + tag, "An " + tag, "Bình " + tag, "Ân " + tag, "Cường " + tag);
        for (String name : names) {
            Fixtures.createOrganization(Fixtures.central(name, "other"));
        }
        var first = Api.viewer().queryParam("q", tag).queryParam("limit", 2).get(PATH).then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("items", hasSize(2)).body("limit", equalTo(2)).body("next", containsString("cursor="))
                .extract().response();
        List<String> seen = new java.util.ArrayList<>(first.path("items.name"));
        String cursor = first.path("nextCursor");
        while (cursor != null) {
            var page = Api.viewer().queryParam("q", tag).queryParam("limit", 2).queryParam("cursor", cursor).get(PATH)
                    .then().statusCode(200).extract().response();
            seen.addAll(page.path("items.name"));
            cursor = page.path("nextCursor");
        }
        // Vietnamese alphabetical order: A, Â, B, C, D, Đ.
        assertThat(seen).containsExactly("An " + tag, "Ân " + tag, "Bình " + tag, "Cường " + tag, "Đoàn " + tag);

        var descending = Api.viewer().queryParam("q", tag).queryParam("sort", "-name").get(PATH).then().statusCode(200)
                .header("Link", nullValue()).body("nextCursor", nullValue()).extract().response();
        assertThat(descending.<List<String>>path("items.name")).first().isEqualTo("Đoàn " + tag);
    }

    @Test
    void updateRequiresTheCurrentEtag() {
        String id = Fixtures.createOrganization(Fixtures.central("Tổ chức " + Fixtures.tag(), "other"));
        Map<String, Object> body = Fixtures.central("Tổ chức đổi tên " + Fixtures.tag(), "agency");

        Api.invalidRequest(vn.antq.support.Tokens.admin()).body(body).put(PATH + "/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("errors.field", hasItem("If-Match"));
        Api.admin().header("If-Match", "\"7\"").body(body).put(PATH + "/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        Api.admin().header("If-Match", "W/\"0\"").body(body).put(PATH + "/" + id).then().statusCode(412);
        Api.admin().header("If-Match", "\"0\"").body(body).put(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("type", equalTo("agency"));
        Api.viewer().get(PATH + "/" + id).then().body("name", equalTo(body.get("name")));
        // The old version is now stale.
        Api.admin().header("If-Match", "\"0\"").body(body).put(PATH + "/" + id).then().statusCode(412);
    }

    @Test
    void ofTwoConcurrentUpdatesFromTheSameVersionExactlyOneSucceeds() throws Exception {
        String id = Fixtures.createOrganization(Fixtures.central("Tổ chức " + Fixtures.tag(), "other"));
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String name = "Người ghi " + i + " " + Fixtures.tag();
                Callable<Integer> write = () -> {
                    start.await();
                    return Api.admin().header("If-Match", "\"0\"").body(Fixtures.central(name, "other"))
                            .put(PATH + "/" + id).then().extract().statusCode();
                };
                results.add(pool.submit(write));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 412).hasSize(writers - 1);
        } finally {
            pool.shutdownNow();
        }
        Api.viewer().get(PATH + "/" + id).then().header("ETag", equalTo("\"1\""));
    }

    @Test
    void deleteHidesTheRecordAndIsRefusedWhileChildrenReferToIt() {
        String tag = Fixtures.tag();
        String parent = Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh " + tag, "police", "38"));
        Map<String, Object> child = Fixtures.provincial("Phòng " + tag, "police", "38");
        child.put("parentId", parent);
        String childId = Fixtures.createOrganization(child);

        Api.invalidRequest(vn.antq.support.Tokens.admin()).delete(PATH + "/" + parent).then().statusCode(428);
        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/" + parent).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("organization " + childId));

        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/" + childId).then().statusCode(204);
        Api.viewer().get(PATH + "/" + childId).then().statusCode(404).contentType("application/problem+json");
        Api.viewer().queryParam("q", tag).get(PATH).then().body("items.id", not(hasItem(childId)));
        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/" + parent).then().statusCode(204);
    }

    @Test
    void invalidBodyListsEveryInvalidFieldAtOnceAndWritesNothing() {
        String tag = Fixtures.tag();
        Map<String, Object> body = new HashMap<>();
        body.put("name", "x".repeat(301) + tag);
        body.put("shortName", "y".repeat(101));
        body.put("type", "police");
        body.put("level", "district");
        body.put("adminUnit", Fixtures.unit("2025", "15499"));
        body.put("activeFrom", "2020-01-01");
        body.put("activeTo", "2019-01-01");
        body.put("parentId", "6b3f2f36-1d0c-4c5e-9a63-000000000000");
        Api.invalidRequest(vn.antq.support.Tokens.admin()).body(body).post(PATH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "shortName", "activeTo", "adminUnit", "adminUnit", "parentId"));
        Api.viewer().queryParam("q", tag).get(PATH).then().body("items", hasSize(0));
    }

    @Test
    void unitMustExistMatchTheLevelAndBelongToTheEraOfTheActivePeriod() {
        Map<String, Object> missing = Fixtures.districtPolice("CA " + Fixtures.tag());
        missing.put("adminUnit", Fixtures.unit("legacy", "999"));
        Api.admin().body(missing).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("adminUnit")).body("errors[0].message", containsString("no administrative unit"));

        // 00602 exists in both eras; a record active in 2013-2020 must name the legacy one.
        Map<String, Object> wrongEra = Fixtures.districtPolice("CA " + Fixtures.tag());
        wrongEra.put("level", "commune");
        wrongEra.put("adminUnit", Fixtures.unit("2025", "00602"));
        wrongEra.put("activeTo", "2020-12-31");
        Api.admin().body(wrongEra).post(PATH).then().statusCode(400)
                .body("errors[0].message", containsString("legacy era"));
        wrongEra.put("adminUnit", Fixtures.unit("legacy", "00602"));
        Api.admin().body(wrongEra).post(PATH).then().statusCode(201);

        Map<String, Object> centralWithUnit = Fixtures.central("Bộ " + Fixtures.tag(), "police");
        centralWithUnit.put("adminUnit", Fixtures.unit("2025", "38"));
        Api.admin().body(centralWithUnit).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("adminUnit"));

        Map<String, Object> wrongLevel = Fixtures.provincial("CA " + Fixtures.tag(), "police", "38");
        wrongLevel.put("adminUnit", Fixtures.unit("2025", "15499"));
        Api.admin().body(wrongLevel).post(PATH).then().statusCode(400).body("errors[0].message", containsString("must be a province"));
    }

    @Test
    void malformedJsonWrongTypesUnknownEnumsAndUnknownPropertiesAre400() {
        var admin = vn.antq.support.Tokens.admin();
        Api.invalidRequest(admin).body("{\"name\": \"Công an\", ").post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        Map<String, Object> unknownEnum = Fixtures.central("Bộ " + Fixtures.tag(), "police");
        unknownEnum.put("type", "army");
        Api.invalidRequest(admin).body(unknownEnum).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("type")).body("errors[0].message", containsString("police"));
        Map<String, Object> wrongType = Fixtures.central("Bộ " + Fixtures.tag(), "police");
        wrongType.put("activeFrom", "yesterday");
        Api.invalidRequest(admin).body(wrongType).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("activeFrom"));
        Map<String, Object> unknownProperty = Fixtures.central("Bộ " + Fixtures.tag(), "police");
        unknownProperty.put("budget", 1000);
        Api.invalidRequest(admin).body(unknownProperty).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("budget"));
        Map<String, Object> wrongShape = Fixtures.central("Bộ " + Fixtures.tag(), "police");
        wrongShape.put("name", List.of("a", "b"));
        Api.invalidRequest(admin).body(wrongShape).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("name"));
        Api.invalidRequest(admin).contentType("text/plain").body("name").post(PATH).then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void parentMustExistAndMustNotCreateACycle() {
        String a = Fixtures.createOrganization(Fixtures.central("A " + Fixtures.tag(), "other"));
        Map<String, Object> childBody = Fixtures.central("B " + Fixtures.tag(), "other");
        childBody.put("parentId", a);
        String b = Fixtures.createOrganization(childBody);

        Map<String, Object> cycle = Fixtures.central("A " + Fixtures.tag(), "other");
        cycle.put("parentId", b);
        Api.admin().header("If-Match", "\"0\"").body(cycle).put(PATH + "/" + a).then().statusCode(400)
                .body("errors[0].field", equalTo("parentId")).body("errors[0].message", containsString("ancestor"));
        Map<String, Object> self = Fixtures.central("A " + Fixtures.tag(), "other");
        self.put("parentId", a);
        Api.admin().header("If-Match", "\"0\"").body(self).put(PATH + "/" + a).then().statusCode(400);
    }

    @Test
    void badQueryParametersAre400NamingEachParameter() {
        var viewer = vn.antq.support.Tokens.viewer();
        Api.invalidRequest(viewer).queryParam("type", "army").queryParam("limit", 0).queryParam("activeOn", "2025-13-01")
                .queryParam("parentId", "not-a-uuid").get(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("type", "activeOn", "parentId", "limit"));
        Api.invalidRequest(viewer).queryParam("limit", 101).get(PATH).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        Api.invalidRequest(viewer).queryParam("sort", "budget").get(PATH).then().statusCode(400).body("errors[0].field", equalTo("sort"));
        Api.invalidRequest(viewer).queryParam("cursor", "bm90LWEtY3Vyc29y").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        Api.invalidRequest(viewer).queryParam("unit", "38").get(PATH).then().statusCode(400).body("errors[0].field", equalTo("unit"));
        Api.invalidRequest(viewer).queryParam("unit", "2025:99").get(PATH).then().statusCode(400).body("errors[0].field", equalTo("unit"));
    }

    @Test
    void unknownIdsAre404Problems() {
        Api.viewer().get(PATH + "/0b5c1b5e-7d1a-4b53-9f1e-3f0c1d2e3a4b").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404)).body("type", notNullValue());
        Api.invalidRequest(vn.antq.support.Tokens.viewer()).get(PATH + "/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/0b5c1b5e-7d1a-4b53-9f1e-3f0c1d2e3a4b").then().statusCode(404);
        Api.viewer().queryParam("q", "khong ton tai " + Fixtures.tag()).get(PATH).then().statusCode(200)
                .body("items", everyItem(notNullValue())).body("items", hasSize(0));
    }
}
