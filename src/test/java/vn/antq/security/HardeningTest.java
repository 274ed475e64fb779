package vn.antq.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Security headers, request size, what error bodies reveal, and CORS. */
@QuarkusTest
class HardeningTest {

    @TestHTTPResource("/api/v1/organizations")
    URI organizations;

    @Test
    void aChunkedBodyWithoutContentLengthIsRefusedWith411AndNothingIsWritten() throws Exception {
        String tag = Fixtures.tag();
        byte[] body = ("{\"name\":\"Bộ " + tag + "\",\"type\":\"police\",\"level\":\"central\"}")
                .getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(organizations)
                .header("Authorization", "Bearer " + Tokens.admin())
                .header("Content-Type", "application/json")
                // A stream of unknown length goes out chunked, without Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        var response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(411);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("Content-Length");
        Api.admin().queryParam("q", tag).get("/api/v1/organizations").then().body("items", hasSize(0));
    }

    private static final String ORGANIZATIONS = "/api/v1/organizations";
    private static final String PORTAL = "https://portal.antq.test";
    private static final int ONE_MIB = 1024 * 1024;

    @Test
    void securityHeadersAreOnNormalResponses() {
        securityHeaders(Api.anonymous().get("/api/v1/admin-units/2025/38").then().statusCode(200));
        securityHeaders(Api.viewer().get(ORGANIZATIONS).then().statusCode(200));
        String id = Fixtures.createOrganization(Fixtures.central("Tổ chức " + Fixtures.tag(), "other"));
        securityHeaders(Api.viewer().get(ORGANIZATIONS + "/" + id).then().statusCode(200));
    }

    @Test
    void securityHeadersAreOnErrorResponses() {
        securityHeaders(Api.viewer().get(ORGANIZATIONS + "/0b5c1b5e-7d1a-4b53-9f1e-3f0c1d2e3a4b").then().statusCode(404));
        securityHeaders(Api.invalidRequest(null).get(ORGANIZATIONS).then().statusCode(401));
        securityHeaders(Api.viewer().body(Fixtures.central("Bộ " + Fixtures.tag(), "police")).post(ORGANIZATIONS)
                .then().statusCode(403));
        securityHeaders(Api.invalidRequest(Tokens.admin()).body("{\"name\": ").post(ORGANIZATIONS).then().statusCode(400));
        securityHeaders(tooLarge(ORGANIZATIONS).then().statusCode(413));
    }

    private static void securityHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void aBodyOverOneMebibyteIs413AndWritesNothing() {
        String tag = Fixtures.tag();
        String body = oversizedOrganization(tag);
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(ONE_MIB);
        Response response = Api.invalidRequest(Tokens.admin()).body(body).post(ORGANIZATIONS);
        response.then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("title", equalTo("Content Too Large"));
        noInternals(response.then().extract());
        Api.admin().queryParam("q", tag).get(ORGANIZATIONS).then().statusCode(200).body("items", hasSize(0));

        // PUT too, and the record stays as it was.
        String id = Fixtures.createOrganization(Fixtures.central("Tổ chức " + tag, "other"));
        Api.invalidRequest(Tokens.admin()).header("If-Match", "\"0\"").body(body).put(ORGANIZATIONS + "/" + id)
                .then().statusCode(413).contentType("application/problem+json");
        Api.admin().get(ORGANIZATIONS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("note", nullValue());
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
        // Not refused for its size: it reaches validation, which rejects the overlong note (400, not 413).
        Map<String, Object> body = Fixtures.central("Tổ chức " + Fixtures.tag(), "other");
        body.put("note", "x".repeat(ONE_MIB - 1000));
        Api.invalidRequest(Tokens.admin()).body(body).post(ORGANIZATIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
    }

    @Test
    void errorBodiesRevealNothingInternal() {
        String admin = Tokens.admin();
        // 400: malformed JSON, a wrong type and an unknown property.
        noInternals(Api.invalidRequest(admin).body("{\"name\": \"Công an\", ").post(ORGANIZATIONS).then().statusCode(400).extract());
        noInternals(Api.invalidRequest(admin).body("{\"name\": [1, {\"x\": null}], \"type\": 7}").post(ORGANIZATIONS)
                .then().statusCode(400).extract());
        noInternals(Api.invalidRequest(admin).body("\u0000").post(ORGANIZATIONS).then().statusCode(400).extract());
        // 400 from a value the database would refuse (a NUL character in text).
        Map<String, Object> nul = Fixtures.central("Tổ chức \u0000 " + Fixtures.tag(), "other");
        noInternals(Api.invalidRequest(admin).body(nul).post(ORGANIZATIONS).then().statusCode(400).extract());
        // 404: unknown record, unknown path, malformed id.
        noInternals(Api.admin().get(ORGANIZATIONS + "/0b5c1b5e-7d1a-4b53-9f1e-3f0c1d2e3a4b").then().statusCode(404).extract());
        noInternals(Api.invalidRequest(admin).get("/api/v1/nothing-here").then().statusCode(404).extract());
        noInternals(Api.invalidRequest(admin).get(ORGANIZATIONS + "/1' or '1'='1").then().statusCode(404).extract());
        // 409: a referenced record, and a program code already taken.
        String tag = Fixtures.tag();
        String parent = Fixtures.createOrganization(Fixtures.central("Cha " + tag, "other"));
        Map<String, Object> child = Fixtures.central("Con " + tag, "other");
        child.put("parentId", parent);
        Fixtures.createOrganization(child);
        noInternals(Api.admin().header("If-Match", "\"0\"").delete(ORGANIZATIONS + "/" + parent).then().statusCode(409).extract());
        Map<String, Object> program = Fixtures.program("CT-" + tag, List.of(parent));
        Fixtures.createProgram(program);
        noInternals(Api.admin().body(program).post("/api/v1/programs").then().statusCode(409).extract());
        // 412 and 428.
        noInternals(Api.admin().header("If-Match", "\"7\"").body(Fixtures.central("Cha " + tag, "other"))
                .put(ORGANIZATIONS + "/" + parent).then().statusCode(412).extract());
        noInternals(Api.invalidRequest(admin).body(Fixtures.central("Cha " + tag, "other"))
                .put(ORGANIZATIONS + "/" + parent).then().statusCode(428).extract());
        // 413, 415, 401, 403.
        noInternals(tooLarge(ORGANIZATIONS).then().statusCode(413).extract());
        noInternals(Api.invalidRequest(admin).contentType("text/plain").body("name").post(ORGANIZATIONS)
                .then().statusCode(415).extract());
        noInternals(Api.invalidRequest("eyJhbGciOiJub25lIn0.e30.").get(ORGANIZATIONS).then().statusCode(401).extract());
        noInternals(Api.viewer().body(Fixtures.central("Bộ " + tag, "police")).post(ORGANIZATIONS).then().statusCode(403).extract());
    }

    private static void noInternals(ExtractableResponse<Response> response) {
        String body = response.asString();
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("exception")
                .doesNotContain("org.hibernate")
                .doesNotContain("org.postgresql")
                .doesNotContain("io.quarkus")
                .doesNotContain("io.vertx")
                .doesNotContain("com.fasterxml")
                .doesNotContain("java.")
                .doesNotContain("vn.antq")
                .doesNotContainIgnoringCase("select ")
                .doesNotContainIgnoringCase("insert into")
                .doesNotContainIgnoringCase("update ")
                .doesNotContainIgnoringCase("sqlstate")
                .doesNotContain("\tat ")
                .doesNotContain(".java:");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(response.statusCode());
        assertThat(response.jsonPath().getString("title")).isNotBlank();
    }

    // --- CORS ---------------------------------------------------------------------------------

    @Test
    void anAllowedOriginIsEchoed() {
        Api.viewer().header("Origin", PORTAL).get(ORGANIZATIONS).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PORTAL))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
        // On errors too, so that the browser lets the client read the problem.
        Api.invalidRequest(null).header("Origin", PORTAL).get(ORGANIZATIONS).then().statusCode(401)
                .header("Access-Control-Allow-Origin", equalTo(PORTAL));
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnswered() {
        // The contract describes no OPTIONS operations: the preflight is the CORS layer's, so it is sent unvalidated.
        var response = RestAssured.given()
                .header("Origin", PORTAL)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options(ORGANIZATIONS + "/0b5c1b5e-7d1a-4b53-9f1e-3f0c1d2e3a4b")
                .then().extract();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(PORTAL);
        assertThat(response.header("Access-Control-Allow-Methods")).contains("PUT");
        assertThat(response.header("Access-Control-Allow-Headers").toLowerCase())
                .contains("authorization").contains("content-type").contains("if-match");
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() {
        var simple = RestAssured.given().auth().oauth2(Tokens.viewer()).header("Origin", "https://evil.example")
                .get(ORGANIZATIONS).then().extract();
        assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
        assertThat(simple.header("Access-Control-Allow-Credentials")).isNull();
        // Refused outright, with a problem like every other error: nothing of the API's data is served.
        assertThat(simple.statusCode()).isEqualTo(403);
        assertThat(simple.contentType()).startsWith("application/problem+json");
        assertThat(simple.jsonPath().getString("type")).isEqualTo("urn:antq:problem:forbidden");
        assertThat(simple.asString()).doesNotContain("items");

        var preflight = RestAssured.given()
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .options(ORGANIZATIONS).then().extract();
        // Quarkus still lists its allowed methods, which is harmless: without Allow-Origin the browser refuses.
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.contentType()).startsWith("application/problem+json");

        // A look-alike of the allowed origin is another origin.
        var lookAlike = RestAssured.given().auth().oauth2(Tokens.viewer()).header("Origin", "https://portal.antq.test.evil.example")
                .get(ORGANIZATIONS).then().extract();
        assertThat(lookAlike.header("Access-Control-Allow-Origin")).isNull();
        assertThat(lookAlike.statusCode()).isEqualTo(403);
    }

    @Test
    void withoutOriginThereAreNoCorsHeaders() {
        Api.viewer().get(ORGANIZATIONS).then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    // ------------------------------------------------------------------------------------------

    private static Response tooLarge(String path) {
        return Api.invalidRequest(Tokens.admin()).body(oversizedOrganization(Fixtures.tag())).post(path);
    }

    /** A well-formed organization whose note makes the body larger than 1 MiB. */
    private static String oversizedOrganization(String tag) {
        Map<String, Object> body = new HashMap<>(Fixtures.central("Tổ chức " + tag, "other"));
        body.put("note", "x".repeat(ONE_MIB + 10));
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void rateLimitHeadersAreOnEveryApiResponse() {
        var response = Api.anonymous().get("/api/v1/admin-units/2025/38").then().statusCode(200).extract();
        // The test profile's quota is a million a minute: this request used one of them, the window ends within a minute.
        assertThat(response.header("RateLimit-Limit")).isEqualTo("1000000");
        assertThat(Integer.parseInt(response.header("RateLimit-Remaining"))).isBetween(0, 999_999);
        assertThat(Integer.parseInt(response.header("RateLimit-Reset"))).isBetween(1, 60);
        Api.invalidRequest(null).get(ORGANIZATIONS).then().statusCode(401)
                .header("RateLimit-Limit", equalToIgnoringCase("1000000"));
    }
}
