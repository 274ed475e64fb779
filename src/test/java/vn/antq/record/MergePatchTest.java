package vn.antq.record;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** JSON Merge Patch on every resource that can be replaced: the replace path, with only the named fields changed. */
@QuarkusTest
class MergePatchTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    /** Each replaceable resource, with a field a patch may change and a required field a patch may not remove. */
    enum Resource {
        ORGANIZATIONS("shortName", "CA huyện (mới)", "name"),
        PROGRAMS("summary", "Tóm tắt đã sửa", "title"),
        AGREEMENTS("summary", "Tóm tắt đã sửa", "title"),
        FESTIVALS("note", "Dời vào nhà văn hóa nếu trời mưa", "title"),
        MODELS("description", "Mở rộng sang hai thôn", "name"),
        POINTS("teams", 7, "adminUnit"),
        AWARDS("achievement", "Thành tích xuất sắc năm 2023", "number"),
        SAFETY_ASSESSMENTS("note", "Đã rà soát lại hồ sơ", "attained"),
        INDICATOR_REPORTS("title", "Báo cáo đã sửa", "kind");

        final String field;
        final Object value;
        final String required;

        Resource(String field, Object value, String required) {
            this.field = field;
            this.value = value;
            this.required = required;
        }

        /** Creates a record (in Thanh Hóa or Hà Tĩnh, as an admin) and answers its address. */
        String create(String tag) {
            return switch (this) {
                case ORGANIZATIONS -> "/api/v1/organizations/" + Fixtures.createOrganization(Fixtures.districtPolice("Công an " + tag));
                case PROGRAMS -> {
                    Map<String, Object> body = Fixtures.program("CT-" + tag, List.of(organization(tag)));
                    body.put("level", "province");
                    body.put("adminUnit", Fixtures.unit("legacy", "38"));
                    yield "/api/v1/programs/" + Fixtures.createProgram(body);
                }
                case AGREEMENTS -> "/api/v1/coordination-agreements/" + Fixtures.createAgreement(Fixtures.agreement("QC-" + tag,
                        Fixtures.createProgram(Fixtures.program("CTQG-" + tag, List.of(organization(tag)))),
                        organization(tag), organization(tag)));
                case FESTIVALS -> "/api/v1/festivals/" + Fixtures.createFestival(Fixtures.festival("Ngày hội " + tag,
                        Fixtures.createOrganization(Fixtures.provincial("UBND " + tag, "peoples_committee", "42")), "2026-08-19", 18.34, 105.9));
                case MODELS -> "/api/v1/models/" + Fixtures.createModel(Fixtures.model("Mô hình " + tag));
                case POINTS -> {
                    String model = Fixtures.createModel(Fixtures.model("Mô hình " + tag));
                    yield "/api/v1/models/" + model + "/points/" + Fixtures.createPoint(model, Fixtures.point("Điểm " + tag, 3, 40));
                }
                case AWARDS -> "/api/v1/awards/" + Fixtures.createAward(Fixtures.award("QĐ-" + tag, organization(tag),
                        List.of(Fixtures.individual("Người " + tag, null))));
                case SAFETY_ASSESSMENTS -> {
                    Map<String, Object> body = new HashMap<>();
                    body.put("subjectKind", "residential_area");
                    body.put("year", 2018);
                    body.put("adminUnit", Fixtures.unit("legacy", "15499"));
                    body.put("areaName", "Thôn " + tag);
                    body.put("attained", true);
                    yield "/api/v1/safety-assessments/" + Api.admin().body(body).post("/api/v1/safety-assessments")
                            .then().statusCode(201).extract().path("id");
                }
                case INDICATOR_REPORTS -> "/api/v1/indicator-reports/" + Fixtures.createIndicatorReport(Fixtures.indicatorReport(tag, "397"));
            };
        }

        /** Where the record's changes are recorded: points in their model's history. */
        String history(String path) {
            return this == POINTS ? path.substring(0, path.indexOf("/points/")) + "/history" : path + "/history";
        }

        private static String organization(String tag) {
            return Fixtures.createOrganization(Fixtures.districtPolice("Công an " + tag + " " + Fixtures.tag()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Resource.class)
    void aPatchChangesOnlyTheFieldsItNamesThroughTheReplacePath(Resource resource) {
        String path = resource.create(Fixtures.tag());
        Map<String, Object> before = Api.admin().get(path).then().statusCode(200).extract().jsonPath().getMap("");
        String etag = Fixtures.etag(path);

        Response patched = Api.as(Tokens.editor("38", "42")).contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of(resource.field, resource.value)).patch(path);
        patched.then().statusCode(200).body(resource.field, equalTo(resource.value));
        assertThat(patched.header("ETag")).isNotEqualTo(etag);

        Map<String, Object> after = Api.admin().get(path).then().statusCode(200)
                .header("ETag", patched.header("ETag")).extract().jsonPath().getMap("");
        assertThat(after.get(resource.field)).isEqualTo(resource.value);
        for (String changed : List.of(resource.field, "updatedAt")) {
            before.remove(changed);
            after.remove(changed);
        }
        assertThat(after).isEqualTo(before);
        Api.viewer().get(resource.history(path)).then().statusCode(200)
                .body("items[0].action", equalTo("update"))
                .body("items[0].actor.subject", equalTo("test-editor"));

        // The stale version is refused, as is a patch without If-Match; nothing changes.
        Api.as(Tokens.admin()).contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of(resource.field, resource.value)).patch(path).then().statusCode(412);
        Api.invalidRequest(Tokens.admin()).contentType(MERGE_PATCH)
                .body(Map.of(resource.field, resource.value)).patch(path).then().statusCode(428);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Resource.class)
    void aPatchIsValidatedLikeAReplaceAndWritesNothingWhenInvalid(Resource resource) {
        String path = resource.create(Fixtures.tag());
        String etag = Fixtures.etag(path);
        Map<String, Object> removesRequired = new HashMap<>();
        removesRequired.put(resource.required, null);
        removesRequired.put("createdAt", "2020-01-01T00:00:00Z");

        Api.admin().contentType(MERGE_PATCH).header("If-Match", etag).body(removesRequired).patch(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("createdAt"));
        Map<String, Object> removesOnlyRequired = new HashMap<>();
        removesOnlyRequired.put(resource.required, null);
        Api.admin().contentType(MERGE_PATCH).header("If-Match", etag).body(removesOnlyRequired).patch(path)
                .then().statusCode(400).body("errors.field", hasItem(resource.required));
        // An editor of another province may not patch it.
        Api.as(Tokens.editor("01")).contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of(resource.field, resource.value)).patch(path).then().statusCode(403);
        Api.admin().get(path).then().statusCode(200).header("ETag", etag);
    }
}
