package vn.antq.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Who may do what: every write operation of every record collection, for every kind of caller, and
 * the rules that place a record inside or outside an editor's areas (legacy units included).
 */
@QuarkusTest
class SecurityMatrixTest {

    /** The area of the editor who may write the records this test makes (2025 province Thanh Hóa). */
    private static final String INSIDE = "38";
    /** An area that holds none of them (2025 Hà Nội). */
    private static final String OUTSIDE = "01";

    /** The record collections, each able to build a valid record body inside Thanh Hóa. */
    enum Collection {
        ORGANIZATIONS("/api/v1/organizations", "name"),
        PROGRAMS("/api/v1/programs", "title"),
        AGREEMENTS("/api/v1/coordination-agreements", "title"),
        MODELS("/api/v1/models", "name"),
        AWARDS("/api/v1/awards", "number"),
        FESTIVALS("/api/v1/festivals", "title"),
        SAFETY_ASSESSMENTS("/api/v1/safety-assessments", "decisionNumber"),
        INDICATOR_REPORTS("/api/v1/indicator-reports", "title"),
        REVIEW_CONFERENCES("/api/v1/review-conferences", "title"),
        CAMPAIGNS("/api/v1/campaigns", "title"),
        DOCUMENTS("/api/v1/documents", "number"),
        // A succession event is written by whoever may write every organization it names.
        ORGANIZATION_SUCCESSIONS("/api/v1/organization-successions", "legalBasis");

        final String path;
        /** The body field a test changes on update and reads back. */
        final String nameField;

        Collection(String path, String nameField) {
            this.path = path;
            this.nameField = nameField;
        }

        /** A valid body for a record whose unit lies in Thanh Hóa (legacy province 38 or its district 395). */
        Map<String, Object> insideBody(String tag) {
            return switch (this) {
                case ORGANIZATIONS -> Fixtures.districtPolice("Công an huyện Thọ Xuân " + tag);
                case PROGRAMS -> provincialProgram("CT-" + tag, Fixtures.unit("legacy", INSIDE));
                case AGREEMENTS -> {
                    String program = Fixtures.createProgram(Fixtures.program("CTQG-" + tag, List.of(organization(tag))));
                    yield Fixtures.agreement("QC-" + tag, program, organization(tag), organization(tag));
                }
                case MODELS -> Fixtures.model("Mô hình " + tag);
                // An award belongs where its issuer is: a district committee of Thọ Xuân.
                case AWARDS -> Fixtures.award("QĐ-" + tag, Fixtures.createOrganization(Fixtures.districtPolice("UBND " + tag)),
                        List.of(Fixtures.individual("Người " + tag, null)));
                case FESTIVALS -> {
                    Map<String, Object> festival = Fixtures.festival("Ngày hội " + tag, organization(tag), "2026-08-19", 19.9, 105.4);
                    festival.put("adminUnit", Fixtures.unit("2025", "15499")); // Xã Thọ Xuân, Thanh Hóa
                    yield festival;
                }
                case SAFETY_ASSESSMENTS -> safetyAssessment(tag);
                case INDICATOR_REPORTS -> Fixtures.indicatorReport(tag, "395"); // a commune of Thọ Xuân
                case REVIEW_CONFERENCES -> conference(tag, organization(tag));
                case CAMPAIGNS -> campaign(tag, organization(tag));
                case DOCUMENTS -> document(tag, "restricted");
                case ORGANIZATION_SUCCESSIONS -> succession(tag, "395", INSIDE);
            };
        }

        /** {@code body} moved to a unit in Hà Nội, of the same level and era. */
        Map<String, Object> movedOutside(Map<String, Object> body) {
            Map<String, Object> moved = new HashMap<>(body);
            if (this == INDICATOR_REPORTS) {
                moved.put("adminUnit", Fixtures.indicatorReport(Fixtures.tag(), "001").get("adminUnit")); // a ward of Ba Đình
                return moved;
            }
            if (this == ORGANIZATION_SUCCESSIONS) {
                Map<String, Object> hanoi = succession(Fixtures.tag(), "001", OUTSIDE); // Quận Ba Đình, Thành phố Hà Nội
                moved.put("predecessorIds", hanoi.get("predecessorIds"));
                moved.put("successors", hanoi.get("successors"));
                return moved;
            }
            if (this == AWARDS) {
                Map<String, Object> hanoi = Fixtures.districtPolice("UBND quận Ba Đình " + Fixtures.tag());
                hanoi.put("adminUnit", Fixtures.unit("legacy", "001"));
                moved.put("issuerId", Fixtures.createOrganization(hanoi));
                return moved;
            }
            moved.put("adminUnit", switch (this) {
                case ORGANIZATIONS, AGREEMENTS, MODELS, REVIEW_CONFERENCES, CAMPAIGNS, DOCUMENTS -> Fixtures.unit("legacy", "001"); // Quận Ba Đình
                case PROGRAMS, AWARDS -> Fixtures.unit("legacy", OUTSIDE);                 // Thành phố Hà Nội
                case FESTIVALS -> Fixtures.unit("2025", "00004");                  // Phường Ba Đình
                case SAFETY_ASSESSMENTS -> Fixtures.unit("legacy", "00001");       // Phường Phúc Xá
                case INDICATOR_REPORTS, ORGANIZATION_SUCCESSIONS -> throw new IllegalStateException("moved above");
            });
            return moved;
        }

        /** Checks that the record is still where {@code body} placed it. */
        void assertPlace(String id, Map<String, Object> body) {
            if (this == AWARDS) {
                Api.admin().get(path + "/" + id).then().body("issuer.organizationId", equalTo(body.get("issuerId")));
            } else if (this == ORGANIZATION_SUCCESSIONS) {
                Api.admin().get(path + "/" + id).then()
                        .body("predecessors[0].organizationId", equalTo(((List<?>) body.get("predecessorIds")).get(0)));
            } else {
                Api.admin().get(path + "/" + id).then().body("adminUnit.code", equalTo(((Map<?, ?>) body.get("adminUnit")).get("code")));
            }
        }

        String create(Map<String, Object> body) {
            return switch (this) {
                case ORGANIZATIONS -> Fixtures.createOrganization(body);
                case PROGRAMS -> Fixtures.createProgram(body);
                case AGREEMENTS -> Fixtures.createAgreement(body);
                case MODELS -> Fixtures.createModel(body);
                case AWARDS -> Fixtures.createAward(body);
                case FESTIVALS -> Fixtures.createFestival(body);
                case SAFETY_ASSESSMENTS -> Api.admin().body(body).post(path).then().statusCode(201).extract().path("id");
                case INDICATOR_REPORTS -> Fixtures.createIndicatorReport(body);
                case REVIEW_CONFERENCES, CAMPAIGNS, DOCUMENTS, ORGANIZATION_SUCCESSIONS ->
                        Api.admin().body(body).post(path).then().statusCode(201).extract().path("id");
            };
        }
    }

    enum Operation { POST, PUT, DELETE }

    enum Caller {
        ANONYMOUS(401), VIEWER(403), EDITOR_OUTSIDE(403), EDITOR_INSIDE(0), ADMIN(0);

        /** The refusal this caller gets, 0 when the write succeeds. */
        final int refusal;

        Caller(int refusal) {
            this.refusal = refusal;
        }

        RequestSpecification request() {
            return switch (this) {
                case ANONYMOUS -> Api.invalidRequest(null); // no token: breaks the contract's security requirement
                case VIEWER -> Api.viewer();
                case EDITOR_OUTSIDE -> Api.as(Tokens.editor(OUTSIDE));
                case EDITOR_INSIDE -> Api.as(Tokens.editor(INSIDE));
                case ADMIN -> Api.admin();
            };
        }
    }

    static Stream<Arguments> everyWriteForEveryCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Collection collection : Collection.values()) {
            for (Operation operation : Operation.values()) {
                for (Caller caller : Caller.values()) {
                    cases.add(Arguments.of(collection, operation, caller));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} {0} as {2}")
    @MethodSource("everyWriteForEveryCaller")
    void writeIsAllowedOnlyToEditorsInTheirAreaAndAdmins(Collection collection, Operation operation, Caller caller) {
        String tag = Fixtures.tag();
        Map<String, Object> body = collection.insideBody(tag);
        switch (operation) {
            case POST -> {
                var response = caller.request().body(body).post(collection.path).then();
                if (caller.refusal == 0) {
                    String id = response.statusCode(201).extract().path("id");
                    Api.admin().get(collection.path + "/" + id).then().statusCode(200)
                            .body(collection.nameField, equalTo(body.get(collection.nameField)));
                } else {
                    refused(response, caller.refusal);
                    assertNothingFound(collection, tag);
                }
            }
            case PUT -> {
                String id = collection.create(body);
                Map<String, Object> changed = new HashMap<>(body);
                changed.put(collection.nameField, body.get(collection.nameField) + " (sửa)");
                var response = caller.request().header("If-Match", "\"0\"").body(changed).put(collection.path + "/" + id).then();
                if (caller.refusal == 0) {
                    response.statusCode(200).header("ETag", equalTo("\"1\""))
                            .body(collection.nameField, equalTo(changed.get(collection.nameField)));
                    Api.admin().get(collection.path + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""));
                } else {
                    refused(response, caller.refusal);
                    assertUnchanged(collection, id, body);
                }
            }
            case DELETE -> {
                String id = collection.create(body);
                var response = caller.request().header("If-Match", "\"0\"").delete(collection.path + "/" + id).then();
                if (caller.refusal == 0) {
                    response.statusCode(204);
                    Api.admin().get(collection.path + "/" + id).then().statusCode(404);
                } else {
                    refused(response, caller.refusal);
                    assertUnchanged(collection, id, body);
                }
            }
        }
    }

    /**
     * Areas name 2025 units; records may name legacy ones. A legacy unit lies in the 2025 province it
     * became part of, and a legacy commune in the 2025 commune that took it over (admin_unit_succession).
     */
    @ParameterizedTest(name = "{0}-level {1}:{2} with areas [{5}] -> allowed {6}")
    @CsvSource({
            // level,   era,    code,  activeFrom, activeTo,   areas,       allowed
            "district, legacy, 395,   2013-01-01, 2025-02-28, 38,          true",   // Huyện Thọ Xuân is in Thanh Hóa
            "district, legacy, 395,   2013-01-01, 2025-02-28, 25,          false",
            "district, legacy, 395,   2013-01-01, 2025-02-28, 15499,       false",  // a commune area never covers a district
            "province, legacy, 17,    2013-01-01, 2025-06-30, 25,          true",   // Tỉnh Hòa Bình became part of Phú Thọ
            "province, legacy, 17,    2013-01-01, 2025-06-30, 17,          false",  // 17 is no 2025 province
            "province, legacy, 17,    2013-01-01, 2025-06-30, 38,          false",
            "commune,  legacy, 15499, 2013-01-01, 2025-06-30, 15499,       true",   // Thị trấn Thọ Xuân -> Xã Thọ Xuân
            "commune,  legacy, 15493, 2013-01-01, 2025-06-30, 15499,       true",   // Xã Xuân Hồng -> Xã Thọ Xuân
            "commune,  legacy, 15499, 2013-01-01, 2025-06-30, 38,          true",
            "commune,  legacy, 15499, 2013-01-01, 2025-06-30, 15505,       false",  // Xã Thọ Long took over other communes
            "commune,  legacy, 15502, 2013-01-01, 2025-06-30, 15505,       true",   // Xã Bắc Lương -> Xã Thọ Long
            "commune,  legacy, 15502, 2013-01-01, 2025-06-30, 15499,       false",
            "commune,  2025,   15499, 2025-07-01,           , 15499,       true",
            "commune,  2025,   15499, 2025-07-01,           , 38,          true",
            "commune,  2025,   15499, 2025-07-01,           , 15505,       false",
            "province, 2025,   25,    2025-07-01,           , 25,          true",
            "province, 2025,   25,    2025-07-01,           , 38,          false",
            "province, 2025,   25,    2025-07-01,           , 01 38,       false",
            "province, 2025,   25,    2025-07-01,           , 01 25,       true",   // any one of several areas suffices
    })
    void editorAreasCoverLegacyUnitsThroughTheirSuccessors(String level, String era, String code, String activeFrom,
                                                          String activeTo, String areas, boolean allowed) {
        String tag = Fixtures.tag();
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Ban bảo vệ dân phố " + tag);
        body.put("type", "other");
        body.put("level", level);
        body.put("adminUnit", Fixtures.unit(era, code));
        body.put("activeFrom", activeFrom);
        body.put("activeTo", activeTo);
        String token = Tokens.editor(areas.split(" "));
        var response = Api.as(token).body(body).post(Collection.ORGANIZATIONS.path).then();
        if (allowed) {
            String id = response.statusCode(201).body("adminUnit.code", equalTo(code)).extract().path("id");
            // The same rule lets the editor change and delete it.
            Map<String, Object> renamed = new HashMap<>(body);
            renamed.put("name", body.get("name") + " (sửa)");
            Api.as(token).header("If-Match", "\"0\"").body(renamed).put(Collection.ORGANIZATIONS.path + "/" + id)
                    .then().statusCode(200).header("ETag", equalTo("\"1\""));
            Api.as(token).header("If-Match", "\"1\"").delete(Collection.ORGANIZATIONS.path + "/" + id).then().statusCode(204);
        } else {
            refused(response, 403);
            assertNothingFound(Collection.ORGANIZATIONS, tag);
        }
    }

    /** Some identity providers write a list claim as one space-separated string. */
    @Test
    void areasGivenAsASpaceSeparatedStringAreUnderstood() {
        String token = Tokens.sign(claims -> claims.claim("areas", "01 38"), "editor", List.of(), "/keys/test-signer.pem");
        String tag = Fixtures.tag();
        Api.as(token).body(Fixtures.districtPolice("Công an " + tag)).post(Collection.ORGANIZATIONS.path).then().statusCode(201);
        String other = Tokens.sign(claims -> claims.claim("areas", "01 25"), "editor", List.of(), "/keys/test-signer.pem");
        refused(Api.as(other).body(Fixtures.districtPolice("Công an " + tag + " b")).post(Collection.ORGANIZATIONS.path).then(), 403);
    }

    @Test
    void anEditorWithoutAreasWritesNothing() {
        String tag = Fixtures.tag();
        refused(Api.as(Tokens.editor()).body(Fixtures.districtPolice("Công an " + tag)).post(Collection.ORGANIZATIONS.path)
                .then(), 403);
        assertNothingFound(Collection.ORGANIZATIONS, tag);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Collection.class)
    void anEditorCannotMoveARecordOutOfTheirArea(Collection collection) {
        String tag = Fixtures.tag();
        Map<String, Object> body = collection.insideBody(tag);
        String id = collection.create(body);
        refused(Api.as(Tokens.editor(INSIDE)).header("If-Match", "\"0\"").body(collection.movedOutside(body))
                .put(collection.path + "/" + id).then(), 403);
        assertUnchanged(collection, id, body);
        collection.assertPlace(id, body);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Collection.class)
    void anEditorCannotPullARecordIntoTheirAreaFromOutside(Collection collection) {
        String tag = Fixtures.tag();
        Map<String, Object> inside = collection.insideBody(tag);
        Map<String, Object> outside = collection.movedOutside(inside);
        String id = collection.create(outside);
        refused(Api.as(Tokens.editor(INSIDE)).header("If-Match", "\"0\"").body(inside).put(collection.path + "/" + id).then(), 403);
        assertUnchanged(collection, id, outside);
        // Its own area's editor cannot move it out of their areas either; an editor of both areas can.
        refused(Api.as(Tokens.editor(OUTSIDE)).header("If-Match", "\"0\"").body(inside).put(collection.path + "/" + id).then(), 403);
        Api.as(Tokens.editor(OUTSIDE, INSIDE)).header("If-Match", "\"0\"").body(inside).put(collection.path + "/" + id)
                .then().statusCode(200);
    }

    @Test
    void centralOrganizationsAreAdminOnly() {
        String tag = Fixtures.tag();
        String path = Collection.ORGANIZATIONS.path;
        String editor = Tokens.editor(INSIDE, OUTSIDE, "25");
        Map<String, Object> body = Fixtures.central("Bộ Công an " + tag, "police");
        refused(Api.as(editor).body(body).post(path).then(), 403);
        assertNothingFound(Collection.ORGANIZATIONS, tag);

        String id = Fixtures.createOrganization(body);
        Map<String, Object> renamed = new HashMap<>(body);
        renamed.put("name", body.get("name") + " (sửa)");
        refused(Api.as(editor).header("If-Match", "\"0\"").body(renamed).put(path + "/" + id).then(), 403);
        refused(Api.as(editor).header("If-Match", "\"0\"").delete(path + "/" + id).then(), 403);
        assertUnchanged(Collection.ORGANIZATIONS, id, body);

        // Nor may an editor turn a record of their area into a central one.
        String local = Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh " + tag, "police", INSIDE));
        Map<String, Object> centralised = Fixtures.central("Công an tỉnh " + tag, "police");
        refused(Api.as(editor).header("If-Match", "\"0\"").body(centralised).put(path + "/" + local).then(), 403);
        Api.admin().get(path + "/" + local).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("level", equalTo("province"));
    }

    @Test
    void centralProgramsAreAdminOnly() {
        String tag = Fixtures.tag();
        String path = Collection.PROGRAMS.path;
        String editor = Tokens.editor(INSIDE, OUTSIDE, "25");
        Map<String, Object> body = Fixtures.program("CTQG-" + tag, List.of(organization(tag)));
        refused(Api.as(editor).body(body).post(path).then(), 403);
        assertNothingFound(Collection.PROGRAMS, tag);

        String id = Fixtures.createProgram(body);
        Map<String, Object> retitled = new HashMap<>(body);
        retitled.put("title", body.get("title") + " (sửa)");
        refused(Api.as(editor).header("If-Match", "\"0\"").body(retitled).put(path + "/" + id).then(), 403);
        refused(Api.as(editor).header("If-Match", "\"0\"").delete(path + "/" + id).then(), 403);
        assertUnchanged(Collection.PROGRAMS, id, body);
        Api.admin().header("If-Match", "\"0\"").body(retitled).put(path + "/" + id).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Collection.class, names = "FESTIVALS", mode = EnumSource.Mode.EXCLUDE)
    void readsNeedAToken(Collection collection) {
        String id = collection.create(collection.insideBody(Fixtures.tag()));
        List<String> paths = new ArrayList<>(List.of(collection.path, collection.path + "/" + id, collection.path + "/" + id + "/history"));
        if (collection == Collection.MODELS) {
            String point = Fixtures.createPoint(id, Fixtures.point("Thôn", 1, 1));
            paths.addAll(List.of(collection.path + "/" + id + "/points", collection.path + "/" + id + "/points/" + point));
        }
        for (String path : paths) {
            refused(Api.invalidRequest(null).get(path).then(), 401);
            Api.viewer().get(path).then().statusCode(200);
            Api.as(Tokens.editor(OUTSIDE)).get(path).then().statusCode(200);
        }
    }

    @Test
    void theFestivalScheduleIsPublicButItsHistoryIsNot() {
        Collection festivals = Collection.FESTIVALS;
        String tag = Fixtures.tag();
        String id = festivals.create(festivals.insideBody(tag));
        // The calendar narrowed to this festival: a whole-country calendar may be over the test profile's limit.
        for (String path : List.of(festivals.path, festivals.path + "/" + id, festivals.path + "/changes",
                festivals.path + "/calendar?q=" + tag)) {
            Api.anonymous().get(path).then().statusCode(200);
        }
        refused(Api.invalidRequest(null).get(festivals.path + "/" + id + "/history").then(), 401);
        Api.viewer().get(festivals.path + "/" + id + "/history").then().statusCode(200);
    }

    /** The indicator catalogue belongs to no unit: every role reads it, only admins write it. */
    @ParameterizedTest(name = "{0} an indicator as {1}")
    @MethodSource("everyPointWriteForEveryCaller")
    void indicatorsAreWrittenByAdminsOnly(Operation operation, Caller caller) {
        String code = "matrix_" + Fixtures.tag().replace('-', '_');
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameVi", "Chỉ tiêu " + code);
        body.put("nameEn", "Indicator " + code);
        body.put("counts", "Things");
        body.put("kind", "count");
        body.put("levels", List.of("province"));
        String path = "/api/v1/indicators";
        int refusal = caller == Caller.ADMIN ? 0 : caller == Caller.ANONYMOUS ? 401 : 403;
        switch (operation) {
            case POST -> {
                var response = caller.request().body(body).post(path).then();
                if (refusal == 0) {
                    response.statusCode(201).body("code", equalTo(code));
                } else {
                    refused(response, refusal);
                    Api.viewer().queryParam("code", code).get(path).then().statusCode(200).body("items", hasSize(0));
                }
            }
            case PUT, DELETE -> {
                String id = Api.admin().body(body).post(path).then().statusCode(201).extract().path("id");
                Map<String, Object> changed = new HashMap<>(body);
                changed.put("nameEn", "Renamed");
                var response = (operation == Operation.PUT ? caller.request().header("If-Match", "\"0\"").body(changed).put(path + "/" + id)
                        : caller.request().header("If-Match", "\"0\"").delete(path + "/" + id)).then();
                if (refusal == 0) {
                    response.statusCode(operation == Operation.PUT ? 200 : 204);
                } else {
                    refused(response, refusal);
                    Api.viewer().get(path + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
                }
            }
        }
    }

    @Test
    void administrativeUnitsArePublic() {
        Api.anonymous().queryParam("era", "2025").queryParam("level", "province").get("/api/v1/admin-units")
                .then().statusCode(200).body("items", not(hasSize(0)));
        Api.anonymous().get("/api/v1/admin-units/2025/38").then().statusCode(200).body("fullName", equalTo("Tỉnh Thanh Hóa"));
        Api.anonymous().get("/api/v1/admin-units/legacy/395").then().statusCode(200).body("fullName", equalTo("Huyện Thọ Xuân"));
    }

    static Stream<Arguments> everyPointWriteForEveryCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(operation, caller));
            }
        }
        return cases.stream();
    }

    /** A model's points are written by whoever may write the model: its unit decides. */
    @ParameterizedTest(name = "{0} a model point as {1}")
    @MethodSource("everyPointWriteForEveryCaller")
    void pointWritesFollowTheModelsUnit(Operation operation, Caller caller) {
        String tag = Fixtures.tag();
        String model = Fixtures.createModel(Fixtures.model("Mô hình " + tag));
        String points = Collection.MODELS.path + "/" + model + "/points";
        Map<String, Object> body = Fixtures.point("Thôn " + tag, 2, 10);
        switch (operation) {
            case POST -> {
                var response = caller.request().body(body).post(points).then();
                if (caller.refusal == 0) {
                    response.statusCode(201);
                    Api.admin().get(Collection.MODELS.path + "/" + model).then().body("totals.points", equalTo(1));
                } else {
                    refused(response, caller.refusal);
                    Api.admin().get(points).then().statusCode(200).body("items", hasSize(0));
                }
            }
            case PUT -> {
                String id = Fixtures.createPoint(model, body);
                Map<String, Object> changed = new HashMap<>(body);
                changed.put("teams", 5);
                var response = caller.request().header("If-Match", "\"0\"").body(changed).put(points + "/" + id).then();
                if (caller.refusal == 0) {
                    response.statusCode(200).header("ETag", equalTo("\"1\"")).body("teams", equalTo(5));
                } else {
                    refused(response, caller.refusal);
                    Api.admin().get(points + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                            .body("teams", equalTo(2));
                }
            }
            case DELETE -> {
                String id = Fixtures.createPoint(model, body);
                var response = caller.request().header("If-Match", "\"0\"").delete(points + "/" + id).then();
                if (caller.refusal == 0) {
                    response.statusCode(204);
                    Api.admin().get(points + "/" + id).then().statusCode(404);
                } else {
                    refused(response, caller.refusal);
                    Api.admin().get(points + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
                }
            }
        }
    }

    /** An editor outside the model's areas cannot add points to it, even from a unit inside theirs. */
    @Test
    void pointsOfAModelOutsideTheAreaStayOutOfReach() {
        String tag = Fixtures.tag();
        Map<String, Object> hanoi = Fixtures.model("Mô hình Ba Đình " + tag);
        hanoi.put("adminUnit", Fixtures.unit("legacy", "001"));
        String model = Fixtures.createModel(hanoi);
        refused(Api.as(Tokens.editor(INSIDE)).body(Fixtures.point("Thôn " + tag, 1, 1))
                .post(Collection.MODELS.path + "/" + model + "/points").then(), 403);
        Api.admin().get(Collection.MODELS.path + "/" + model + "/points").then().body("items", hasSize(0));
    }

    @ParameterizedTest(name = "annul an award as {0}")
    @EnumSource(Caller.class)
    void annulmentIsAllowedOnlyToEditorsOfTheIssuersAreaAndAdmins(Caller caller) {
        String tag = Fixtures.tag();
        String id = Collection.AWARDS.create(Collection.AWARDS.insideBody(tag));
        var response = caller.request().header("If-Match", "\"0\"")
                .body(Map.of("decisionNumber", "01/QĐ-HB", "decidedOn", "2023-06-01", "reason", "Khen thưởng không đúng đối tượng"))
                .post(Collection.AWARDS.path + "/" + id + "/annulment").then();
        if (caller.refusal == 0) {
            response.statusCode(200).body("status", equalTo("annulled"));
        } else {
            refused(response, caller.refusal);
            Api.admin().get(Collection.AWARDS.path + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                    .body("status", equalTo("valid"));
        }
    }

    /** Erasing a recipient's personal data is an admin's alone, editors of the area included. */
    @ParameterizedTest(name = "erase an award recipient as {0}")
    @EnumSource(Caller.class)
    void erasureIsAllowedOnlyToAdmins(Caller caller) {
        String tag = Fixtures.tag();
        String id = Collection.AWARDS.create(Collection.AWARDS.insideBody(tag));
        var response = caller.request().header("If-Match", "\"0\"")
                .post(Collection.AWARDS.path + "/" + id + "/recipients/0/erasure").then();
        if (caller == Caller.ADMIN) {
            response.statusCode(200).body("recipients[0].erased", equalTo(true));
        } else {
            refused(response, caller == Caller.EDITOR_INSIDE ? 403 : caller.refusal);
            Api.admin().get(Collection.AWARDS.path + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                    .body("recipients[0].name", equalTo("Người " + tag));
        }
    }

    @ParameterizedTest(name = "correct an award recipient as {0}")
    @EnumSource(Caller.class)
    void correctionIsAllowedOnlyToEditorsOfTheIssuersAreaAndAdmins(Caller caller) {
        String tag = Fixtures.tag();
        String id = Collection.AWARDS.create(Collection.AWARDS.insideBody(tag));
        var response = caller.request().header("If-Match", "\"0\"").body(Map.of("name", "Người đã cải chính " + tag))
                .post(Collection.AWARDS.path + "/" + id + "/recipients/0/correction").then();
        if (caller.refusal == 0) {
            response.statusCode(200).body("recipients[0].name", equalTo("Người đã cải chính " + tag));
        } else {
            refused(response, caller.refusal);
            Api.admin().get(Collection.AWARDS.path + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                    .body("recipients[0].name", equalTo("Người " + tag));
        }
    }

    /** The decisions of a central issuer (the Ministry) are an admin's. */
    @Test
    void decisionsOfACentralIssuerAreAdminOnly() {
        String tag = Fixtures.tag();
        String editor = Tokens.editor(INSIDE, OUTSIDE, "25");
        Map<String, Object> body = Fixtures.award("QĐ-BCA-" + tag, organization(tag), List.of(Fixtures.individual("Người " + tag, null)));
        body.put("form", "minister_certificate");
        refused(Api.as(editor).body(body).post(Collection.AWARDS.path).then(), 403);
        assertNothingFound(Collection.AWARDS, tag);
        String id = Fixtures.createAward(body);
        refused(Api.as(editor).header("If-Match", "\"0\"").delete(Collection.AWARDS.path + "/" + id).then(), 403);
        refused(Api.as(editor).header("If-Match", "\"0\"")
                .body(Map.of("decisionNumber", "02/QĐ-BCA", "decidedOn", "2023-06-01", "reason", "Sai đối tượng"))
                .post(Collection.AWARDS.path + "/" + id + "/annulment").then(), 403);
        assertUnchanged(Collection.AWARDS, id, body);
    }

    /** A bulk submission is a write of every row it holds: inside the editor's areas, all of them. */
    @ParameterizedTest(name = "bulk submission as {0}")
    @EnumSource(Caller.class)
    void bulkSubmissionsAreAllowedOnlyToEditorsInTheirAreaAndAdmins(Caller caller) {
        String tag = Fixtures.tag();
        String csv = "year,subjectKind,adminUnit,areaName,attained,decisionNumber\n"
                + "2018,residential_area,legacy:15499,Thôn 1 " + tag + ",true,QĐ-" + tag + "\n"
                + "2018,residential_area,legacy:15493,Thôn 2 " + tag + ",false,QĐ-" + tag + "\n";
        var request = caller == Caller.ANONYMOUS ? Api.invalidRequest(null) : caller.request();
        var response = request.contentType("text/csv; charset=UTF-8").body(csv).post(Collection.SAFETY_ASSESSMENTS.path + "/bulk").then();
        if (caller.refusal == 0) {
            response.statusCode(201).body("created", equalTo(2));
            Api.admin().queryParam("q", tag).get(Collection.SAFETY_ASSESSMENTS.path).then().body("items", hasSize(2));
        } else {
            refused(response, caller.refusal);
            assertNothingFound(Collection.SAFETY_ASSESSMENTS, tag);
        }
        // One row outside the areas and the editor's file is refused whole.
        String mixed = csv.replace("legacy:15493", "legacy:00001").replace(tag, tag + "b");
        refused(Api.as(Tokens.editor(INSIDE)).contentType("text/csv; charset=UTF-8").body(mixed)
                .post(Collection.SAFETY_ASSESSMENTS.path + "/bulk").then(), 403);
        assertNothingFound(Collection.SAFETY_ASSESSMENTS, tag + "b");
    }

    // ------------------------------------------------------------------------------------------

    private static Map<String, Object> safetyAssessment(String tag) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectKind", "residential_area");
        body.put("year", 2018);
        body.put("adminUnit", Fixtures.unit("legacy", "15499")); // Thị trấn Thọ Xuân
        body.put("areaName", "Khu phố " + tag);
        body.put("attained", true);
        body.put("decisionNumber", "QĐ-" + tag);
        return body;
    }

    private static void refused(ValidatableResponse response, int status) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", notNullValue());
        if (status == 401) {
            response.header("WWW-Authenticate", startsWith("Bearer"));
        }
    }

    private static void assertNothingFound(Collection collection, String tag) {
        Api.admin().queryParam("q", tag).get(collection.path).then().statusCode(200).body("items", hasSize(0));
    }

    private static void assertUnchanged(Collection collection, String id, Map<String, Object> body) {
        Api.admin().get(collection.path + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body(collection.nameField, equalTo(body.get(collection.nameField)));
    }

    /**
     * The district police of legacy district {@code district} dissolved on 1 March 2025, its functions passing to
     * the police of legacy province {@code province}.
     */
    private static Map<String, Object> succession(String tag, String district, String province) {
        Map<String, Object> police = Fixtures.districtPolice("Công an huyện " + tag + " " + Fixtures.tag());
        police.put("adminUnit", Fixtures.unit("legacy", district));
        Map<String, Object> provincial = Fixtures.districtPolice("Công an tỉnh " + tag + " " + Fixtures.tag());
        provincial.put("level", "province");
        provincial.put("adminUnit", Fixtures.unit("legacy", province));
        provincial.remove("activeTo");
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "dissolved");
        body.put("effectiveOn", "2025-03-01");
        body.put("predecessorIds", List.of(Fixtures.createOrganization(police)));
        body.put("successors", List.of(Map.of("organizationId", Fixtures.createOrganization(provincial))));
        body.put("legalBasis", "Không tổ chức Công an cấp huyện " + tag);
        return body;
    }

    private static String organization(String tag) {
        return Fixtures.createOrganization(Fixtures.central("Tổ chức " + tag + " " + Fixtures.tag(), "other"));
    }

    /** A district review conference of Thọ Xuân. */
    private static Map<String, Object> conference(String tag, String host) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "interim");
        body.put("heldOn", "2018-11-29");
        body.put("level", "district");
        body.put("adminUnit", Fixtures.unit("legacy", "395"));
        body.put("title", "Hội nghị sơ kết " + tag);
        body.put("hostIds", List.of(host));
        return body;
    }

    /** A district document of Thọ Xuân. */
    private static Map<String, Object> document(String tag, String access) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", tag + "/QĐ-UBND");
        body.put("kind", "decision");
        body.put("issuedOn", "2023-05-10");
        body.put("issuerName", "Ủy ban nhân dân huyện Thọ Xuân");
        body.put("summary", "Về việc khen thưởng " + tag);
        body.put("level", "district");
        body.put("adminUnit", Fixtures.unit("legacy", "395"));
        body.put("access", access);
        return body;
    }

    /** A small PDF's bytes: the signature and an end of file marker are all the detector needs. */
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static String addFile(RequestSpecification as, String documentId, int status) {
        var response = as.contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"a.pdf\"")
                .body(PDF).post("/api/v1/documents/" + documentId + "/files").then();
        if (status == 0) {
            return response.statusCode(201).extract().path("id");
        }
        refused(response, status);
        return null;
    }

    /** Adding and removing a document's files: editors of its area and admins; reading them: as its access says. */
    @ParameterizedTest(name = "document files as {0}")
    @EnumSource(Caller.class)
    void documentFilesAreWrittenByEditorsOfTheAreaAndReadAsTheAccessSays(Caller caller) {
        String tag = Fixtures.tag();
        String restricted = Api.admin().body(document(tag, "restricted")).post("/api/v1/documents").then().statusCode(201).extract().path("id");
        String published = Api.admin().body(document(tag + "P", "public")).post("/api/v1/documents").then().statusCode(201).extract().path("id");
        String added = addFile(caller.request(), restricted, caller.refusal);
        if (added != null) {
            Api.admin().get("/api/v1/documents/" + restricted + "/files").then().statusCode(200).body("items", hasSize(1));
        } else {
            Api.admin().get("/api/v1/documents/" + restricted + "/files").then().statusCode(200).body("items", hasSize(0));
        }
        String file = added != null ? added : addFile(Api.admin(), restricted, 0);
        String publicFile = addFile(Api.admin(), published, 0);
        // Reading a restricted document's file: the same callers as writing it.
        var read = caller.request().get("/api/v1/documents/" + restricted + "/files/" + file + "/content").then();
        if (caller.refusal == 0) {
            read.statusCode(200);
        } else {
            read.statusCode(caller.refusal);
        }
        // A public document's file: anyone.
        caller.request().get("/api/v1/documents/" + published + "/files/" + publicFile + "/content").then().statusCode(200);
        // Removing one.
        var removed = caller.request().header("If-Match", Fixtures.etag("/api/v1/documents/" + restricted))
                .delete("/api/v1/documents/" + restricted + "/files/" + file).then();
        if (caller.refusal == 0) {
            removed.statusCode(204);
        } else {
            refused(removed, caller.refusal);
            Api.admin().get("/api/v1/documents/" + restricted + "/files/" + file + "/content").then().statusCode(200);
        }
    }

    /** A district campaign launch of Thọ Xuân. */
    private static Map<String, Object> campaign(String tag, String organizer) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "movement_launch");
        body.put("launchedOn", "2022-03-26");
        body.put("level", "district");
        body.put("adminUnit", Fixtures.unit("legacy", "395"));
        body.put("title", "Phát động phong trào " + tag);
        body.put("organizerIds", List.of(organizer));
        return body;
    }

    enum Transition { SUBMISSION, ACCEPTANCE, RETURN }

    static Stream<Arguments> everyReportTransitionForEveryCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Transition transition : Transition.values()) {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(transition, caller));
            }
        }
        return cases.stream();
    }

    /**
     * A commune's report of Thọ Xuân is submitted by an editor of its area and accepted or returned by an editor of
     * its province (Thanh Hóa) who did not submit it, or an admin; nobody else moves it.
     */
    @ParameterizedTest(name = "{0} of an indicator report as {1}")
    @MethodSource("everyReportTransitionForEveryCaller")
    void reportTransitionsFollowTheReportingLine(Transition transition, Caller caller) {
        String tag = Fixtures.tag();
        String id = Collection.INDICATOR_REPORTS.create(Fixtures.indicatorReport(tag, "395"));
        String path = Collection.INDICATOR_REPORTS.path + "/" + id;
        String version = "\"0\"";
        if (transition != Transition.SUBMISSION) {
            String submitter = Tokens.sign(c -> c.subject("matrix-submitter-" + tag), "editor", List.of(INSIDE), "/keys/test-signer.pem");
            Api.as(submitter).header("If-Match", version).post(path + "/submission").then().statusCode(200);
            version = "\"1\"";
        }
        RequestSpecification request = caller.request().header("If-Match", version);
        var response = (switch (transition) {
            case SUBMISSION -> request.post(path + "/submission");
            case ACCEPTANCE -> request.post(path + "/acceptance");
            case RETURN -> request.body(Map.of("reason", "Thiếu số liệu")).post(path + "/return");
        }).then();
        String expected = switch (transition) {
            case SUBMISSION -> "submitted";
            case ACCEPTANCE -> "accepted";
            case RETURN -> "returned";
        };
        if (caller.refusal == 0) {
            response.statusCode(200).body("status", equalTo(expected));
        } else {
            refused(response, caller.refusal);
            Api.admin().get(path).then().statusCode(200).header("ETag", equalTo(version))
                    .body("status", equalTo(transition == Transition.SUBMISSION ? "draft" : "submitted"));
        }
    }

    private static Map<String, Object> provincialProgram(String code, Map<String, Object> unit) {
        Map<String, Object> body = Fixtures.program(code, List.of(organization(code)));
        body.put("level", "province");
        body.put("adminUnit", unit);
        return body;
    }

    /** The operations that return award recipients' personal data. */
    enum PersonalRead { GET, HISTORY, CHANGES }

    /** Who reads personal data in full ({@code true}), reduced ({@code false}), or not at all (401, as null). */
    enum PersonalReader {
        ANONYMOUS(null), VIEWER(false), EDITOR_OUTSIDE(false), EDITOR_INSIDE(true), ADMIN(true),
        VIEWER_WITH_SCOPE(true), VIEWER_WITH_ROLE(true);

        final Boolean full;

        PersonalReader(Boolean full) {
            this.full = full;
        }

        RequestSpecification request() {
            return switch (this) {
                case ANONYMOUS -> Api.invalidRequest(null);
                case VIEWER -> Api.viewer();
                case EDITOR_OUTSIDE -> Api.as(Tokens.editor(OUTSIDE));
                case EDITOR_INSIDE -> Api.as(Tokens.editor(INSIDE));
                case ADMIN -> Api.admin();
                case VIEWER_WITH_SCOPE -> Api.as(Tokens.sign(claims -> claims.claim("scope", "openid personal-data"),
                        "viewer", List.of(), "/keys/test-signer.pem"));
                case VIEWER_WITH_ROLE -> Api.as(Tokens.sign(claims -> claims.claim("roles", List.of("viewer", "personal-data")),
                        "viewer", List.of(), "/keys/test-signer.pem"));
            };
        }
    }

    static Stream<Arguments> everyPersonalReadForEveryCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (PersonalRead read : PersonalRead.values()) {
            for (PersonalReader reader : PersonalReader.values()) {
                cases.add(Arguments.of(read, reader));
            }
        }
        return cases.stream();
    }

    /**
     * An individual's date of birth, gender and full name reach only admins, editors of the award's area and
     * tokens granted the right (role or scope personal-data); every other reader gets them reduced.
     */
    @ParameterizedTest(name = "{0} of an award as {1}")
    @MethodSource("everyPersonalReadForEveryCaller")
    void awardRecipientsPersonalDataReachesOnlyThoseWithTheRight(PersonalRead read, PersonalReader reader) {
        String born = "1969-09-02";
        String since = read == PersonalRead.CHANGES ? feedEnd() : null;
        String tag = Fixtures.tag();
        String name = "Trần Văn Bình " + tag;
        String id = Collection.AWARDS.create(Fixtures.award("QĐ-" + tag,
                Fixtures.createOrganization(Fixtures.districtPolice("UBND " + tag)), List.of(Fixtures.individual(name, born))));
        String path = switch (read) {
            case GET -> Collection.AWARDS.path + "/" + id;
            case HISTORY -> Collection.AWARDS.path + "/" + id + "/history";
            case CHANGES -> Collection.AWARDS.path + "/changes";
        };
        var request = reader.request();
        if (since != null) {
            request.queryParam("since", since).queryParam("limit", 1000);
        }
        var response = request.get(path).then();
        if (reader.full == null) {
            refused(response, 401);
            return;
        }
        String body = response.statusCode(200).extract().asString();
        if (read == PersonalRead.CHANGES) {
            org.assertj.core.api.Assertions.assertThat(body).contains(id);
        }
        if (reader.full) {
            org.assertj.core.api.Assertions.assertThat(body).contains(born).contains(name);
        } else {
            org.assertj.core.api.Assertions.assertThat(body).doesNotContain(born).doesNotContain(name)
                    .doesNotContain("\"female\"").contains("T. V. B. " + tag);
        }
    }

    /** The award feed's position now (read to its end). */
    private static String feedEnd() {
        String token = null;
        boolean more = true;
        while (more) {
            var request = Api.admin().queryParam("limit", 1000);
            if (token != null) {
                request.queryParam("since", token);
            }
            var page = request.get(Collection.AWARDS.path + "/changes").then().statusCode(200).extract().response();
            token = page.path("nextToken");
            more = page.path("hasMore");
        }
        return token;
    }

    /** Only admins read who read personal data. */
    @ParameterizedTest(name = "the personal-data access log as {0}")
    @EnumSource(PersonalReader.class)
    void onlyAdminsReadThePersonalDataAccessLog(PersonalReader reader) {
        var response = reader.request().queryParam("limit", 1).get("/api/v1/personal-data-access").then();
        switch (reader) {
            case ANONYMOUS -> refused(response, 401);
            case ADMIN -> response.statusCode(200);
            default -> refused(response, 403);
        }
    }
}
