package vn.antq.support;

import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


/**
 * Builds request bodies and creates records through the API, as an admin, for tests that need them.
 * Every name carries a unique tag so that each test finds only its own data.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** A short random tag for names and codes, unique per call. */
    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> unit(String era, String code) {
        return Map.of("era", era, "code", code);
    }

    /** A district-level police unit of the legacy Thọ Xuân district (Thanh Hóa), active 2013-2025. */
    public static Map<String, Object> districtPolice(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("shortName", "CA huyện");
        body.put("type", "police");
        body.put("level", "district");
        body.put("adminUnit", unit("legacy", "395"));
        body.put("activeFrom", "2013-01-01");
        body.put("activeTo", "2025-02-28");
        return body;
    }

    /** A province-level organization of the 2025 province with {@code provinceCode}. */
    public static Map<String, Object> provincial(String name, String type, String provinceCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("level", "province");
        body.put("adminUnit", unit("2025", provinceCode));
        body.put("activeFrom", "2025-07-01");
        return body;
    }

    public static Map<String, Object> central(String name, String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("level", "central");
        return body;
    }

    public static String createOrganization(Map<String, Object> body) {
        return id(Api.admin().body(body).post("/api/v1/organizations").then().statusCode(201).extract().response());
    }

    public static Map<String, Object> program(String code, List<String> signatories) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Chương trình phối hợp " + code);
        body.put("level", "central");
        body.put("status", "active");
        body.put("signedOn", "2013-08-01");
        body.put("periodStart", "2013-08-01");
        body.put("periodEnd", "2023-07-31");
        body.put("signatoryIds", signatories);
        body.put("reviews", new ArrayList<>());
        return body;
    }

    public static String createProgram(Map<String, Object> body) {
        return id(Api.admin().body(body).post("/api/v1/programs").then().statusCode(201).extract().response());
    }

    /** An agreement over the legacy Thọ Xuân district, 2013-2023, led by {@code lead}. */
    public static Map<String, Object> agreement(String number, String programId, String lead, String coLead) {
        Map<String, Object> body = new HashMap<>();
        body.put("programId", programId);
        body.put("number", number);
        body.put("title", "Quy chế phối hợp " + number);
        body.put("signedOn", "2013-09-01");
        body.put("validFrom", "2013-09-01");
        body.put("validTo", "2023-08-31");
        body.put("adminUnit", unit("legacy", "395"));
        body.put("status", "expired");
        body.put("parties", List.of(Map.of("organizationId", lead, "role", "lead"),
                Map.of("organizationId", coLead, "role", "co_lead")));
        return body;
    }

    public static String createAgreement(Map<String, Object> body) {
        return id(Api.admin().body(body).post("/api/v1/coordination-agreements").then().statusCode(201).extract().response());
    }

    /**
     * A planned festival in Hà Tĩnh (2025 commune 18652, Phường Hà Huy Tập) organized by {@code organizer},
     * on the given Vietnam-local date, at the given coordinates.
     */
    public static Map<String, Object> festival(String title, String organizer, String date, double latitude, double longitude) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", Integer.parseInt(date.substring(0, 4)));
        body.put("title", title);
        body.put("adminUnit", unit("2025", "18652"));
        body.put("localArea", "Tổ dân phố 5");
        body.put("startsAt", date + "T07:30:00+07:00");
        body.put("endsAt", date + "T11:00:00+07:00");
        body.put("status", "planned");
        Map<String, Object> venue = new HashMap<>();
        venue.put("name", "Nhà văn hóa " + title);
        venue.put("address", "Tổ dân phố 5");
        venue.put("latitude", latitude);
        venue.put("longitude", longitude);
        body.put("venue", venue);
        body.put("leaders", List.of(Map.of("level", "province", "title", "Phó Chủ tịch UBND tỉnh")));
        body.put("organizerIds", List.of(organizer));
        return body;
    }

    public static String createFestival(Map<String, Object> body) {
        return id(Api.admin().body(body).post("/api/v1/festivals").then().statusCode(201).extract().response());
    }

    /** A self-management model of the legacy Thọ Xuân district, maintained since the 10-year review of 2023. */
    public static Map<String, Object> model(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("category", "self_management");
        body.put("topic", "food_safety");
        body.put("adminUnit", unit("legacy", "395"));
        body.put("status", status("maintained", "2023-05-10", null));
        return body;
    }

    public static Map<String, Object> status(String status, String since, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("since", since);
        body.put("reason", reason);
        return body;
    }

    public static String createModel(Map<String, Object> body) {
        return id(Api.admin().body(body).post("/api/v1/models").then().statusCode(201).extract().response());
    }

    /** A point in a legacy commune of Thọ Xuân (Xã Xuân Hồng), with its teams and members. */
    public static Map<String, Object> point(String name, Integer teams, Integer members) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("adminUnit", unit("legacy", "15493"));
        body.put("startedOn", "2015-03-01");
        body.put("teams", teams);
        body.put("members", members);
        return body;
    }

    public static String createPoint(String modelId, Map<String, Object> body) {
        return id(Api.admin().body(body).post("/api/v1/models/" + modelId + "/points").then().statusCode(201)
                .extract().response());
    }

    /** A commendation of a district chairman for the annual movement of 2023, to the given recipients. */
    public static Map<String, Object> award(String number, String issuerId, List<Map<String, Object>> recipients) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("signedOn", "2023-05-10");
        body.put("issuerId", issuerId);
        body.put("signerTitle", "Chủ tịch UBND huyện");
        body.put("form", "district_chairman_commendation");
        body.put("occasion", occasion("annual_movement", null, 2023));
        body.put("achievement", "Có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc");
        body.put("recipients", recipients);
        return body;
    }

    public static Map<String, Object> occasion(String kind, String programId, Integer year) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("programId", programId);
        body.put("year", year);
        return body;
    }

    public static Map<String, Object> collective(String organizationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "collective");
        body.put("organizationId", organizationId);
        return body;
    }

    /** An invented person (never a real one). */
    public static Map<String, Object> individual(String name, String birthDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "individual");
        body.put("name", name);
        body.put("position", "Tổ trưởng tổ tự quản");
        body.put("workUnit", "Thôn Xuân Lai");
        body.put("gender", "female");
        body.put("birthDate", birthDate);
        return body;
    }

    public static String createAward(Map<String, Object> body) {
        return id(Api.admin().body(body).post("/api/v1/awards").then().statusCode(201).extract().response());
    }

    private static final Map<String, List<String>> COMMUNES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A draft commune-level indicator report of a random legacy commune of {@code district} (e.g. 395, Thọ Xuân)
     * for a random span and kind, so that reports made by many tests over many runs rarely share a unit and period.
     */
    public static Map<String, Object> indicatorReport(String tag, String district) {
        List<String> communes = COMMUNES.computeIfAbsent(district, d -> Api.anonymous().queryParam("era", "legacy")
                .queryParam("level", "commune").queryParam("parent", "legacy:" + d).queryParam("asOf", "2015-01-01").queryParam("limit", "100")
                .get("/api/v1/admin-units").then().statusCode(200).extract().jsonPath().getList("items.code", String.class));
        java.util.Random random = new java.util.Random();
        int from = 2000 + random.nextInt(16); // every period includes 2015, when each listed commune existed
        Map<String, Object> body = new HashMap<>();
        body.put("kind", List.of("annual", "interim", "final").get(random.nextInt(3)));
        body.put("level", "commune");
        body.put("adminUnit", unit("legacy", communes.get(random.nextInt(communes.size()))));
        body.put("organizationId", createOrganization(districtPolice("Công an " + tag)));
        body.put("fromYear", from);
        body.put("toYear", 2015 + random.nextInt(10));
        body.put("title", "Báo cáo " + tag);
        body.put("values", List.of(Map.of("indicator", "mediation_teams", "value", 12)));
        return body;
    }

    public static String createIndicatorReport(Map<String, Object> body) {
        return id(Api.admin().body(body).post("/api/v1/indicator-reports").then().statusCode(201).extract().response());
    }

    /** The current ETag of a record. */
    public static String etag(String path) {
        return Api.admin().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static String id(Response response) {
        response.then().body("id", org.hamcrest.Matchers.notNullValue());
        return response.path("id");
    }

}
