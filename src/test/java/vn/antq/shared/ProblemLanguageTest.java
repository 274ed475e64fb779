package vn.antq.shared;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.antq.shared.error.FieldError;
import vn.antq.shared.error.Problem;
import vn.antq.shared.error.ProblemLanguage;
import vn.antq.shared.i18n.Language;
import vn.antq.support.Api;
import vn.antq.support.Tokens;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Problems in Vietnamese or English, as Accept-Language asks, from the bundles i18n/problems*.properties. */
@QuarkusTest
class ProblemLanguageTest {

    @Test
    void aBadQueryAskedForInVietnameseIsAnsweredInVietnamese() {
        Response response = Api.invalidRequest(Tokens.viewer()).header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5")
                .get("/api/v1/statistics/safety?year=1999&bom=maybe");
        response.then().statusCode(400).header("Content-Language", "vi")
                .header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"));
        JsonPath body = response.jsonPath();
        assertThat(body.getString("title")).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(body.getString("detail")).isEqualTo("2 trường không hợp lệ.");
        assertThat(body.getString("type")).isEqualTo("urn:antq:problem:invalid-request");
        assertThat(body.<Map<String, String>>getList("errors")).extracting(e -> e.get("field") + ": " + e.get("message"))
                .containsExactlyInAnyOrder("year: phải từ 2000 đến 2100", "bom: phải là true hoặc false");
    }

    @Test
    void aBadBodyAskedForInVietnameseHasEveryFieldMessageInVietnamese() {
        Response response = Api.invalidRequest(Tokens.admin()).header("Accept-Language", "vi")
                .body(Map.of("name", " ", "type", "police", "level", "district")).post("/api/v1/organizations");
        response.then().statusCode(400).header("Content-Language", "vi");
        JsonPath body = response.jsonPath();
        assertThat(body.getString("title")).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(body.getString("detail")).endsWith("trường không hợp lệ.");
        List<String> messages = body.getList("errors.message");
        assertThat(messages).isNotEmpty().allSatisfy(m -> assertThat(m).matches(".*[ạảãàáâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ].*"));
    }

    @Test
    void withoutAcceptLanguageTheProblemStaysEnglish() {
        Api.invalidRequest(Tokens.viewer()).get("/api/v1/statistics/safety?year=1999").then().statusCode(400)
                .header("Content-Language", "en")
                .body("title", org.hamcrest.Matchers.equalTo("Invalid request"))
                .body("errors[0].message", org.hamcrest.Matchers.equalTo("must be between 2000 and 2100"));
        Api.invalidRequest(Tokens.viewer()).header("Accept-Language", "fr, en;q=0.1").get("/api/v1/statistics/safety?year=1999")
                .then().statusCode(400).header("Content-Language", "en");
    }

    @Test
    void aNotFoundInVietnameseNamesTheKindOfRecordInVietnamese() {
        Api.anonymous().header("Accept-Language", "vi").get("/api/v1/festivals/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404).body("title", org.hamcrest.Matchers.equalTo("Không tìm thấy"))
                .body("detail", org.hamcrest.Matchers.equalTo("Không có ngày hội nào có mã 00000000-0000-4000-8000-000000000000."));
    }

    @Test
    void everyEnglishTextHasItsVietnameseTranslation() throws java.io.IOException {
        java.util.Properties english = properties("i18n/problems.properties");
        java.util.Properties vietnamese = properties("i18n/problems_vi.properties");
        assertThat(vietnamese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    private static java.util.Properties properties(String resource) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = ProblemLanguageTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void argumentsAreCarriedIntoTheTranslationAndUnknownMessagesStayAsTheyAre() {
        Problem problem = new Problem("urn:antq:problem:invalid-request", "Invalid request", 400, "3 fields are invalid.", "/x",
                List.of(new FieldError("name", "size must be between 1 and 300"), new FieldError("sort",
                        "must be one of name, createdAt, optionally prefixed with '-'"), new FieldError("x", "an unheard-of message")));
        Problem vi = ProblemLanguage.translate(problem, Language.vi);
        assertThat(vi.detail()).isEqualTo("3 trường không hợp lệ.");
        assertThat(vi.errors()).extracting(FieldError::message).containsExactly("độ dài phải từ 1 đến 300",
                "phải là một trong các giá trị name, createdAt, có thể thêm tiền tố '-'", "an unheard-of message");
        assertThat(ProblemLanguage.translate(problem, Language.en)).isSameAs(problem);
    }

    @Test
    void theMostPreferredServedLanguageWins() {
        assertThat(Language.preferred(List.of(Locale.FRENCH, Locale.forLanguageTag("vi-VN"), Locale.ENGLISH))).isEqualTo(Language.vi);
        assertThat(Language.preferred(List.of(Locale.forLanguageTag("en-US"), Locale.forLanguageTag("vi")))).isEqualTo(Language.en);
        assertThat(Language.preferred(List.of())).isEqualTo(Language.en);
    }
}
