package vn.antq.labels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Every enumerated value of the contract has its Vietnamese and English label at /api/v1/labels. */
@QuarkusTest
class LabelsTest {

    private static final String PATH = "/api/v1/labels";

    /** One enumeration of the contract: the group the labels file it under, and its values. */
    record Enumeration(String where, String group, List<String> values) {
    }

    @Test
    void everyEnumerationOfTheContractIsLabelledInVietnameseAndEnglish() throws IOException {
        List<Enumeration> enumerations = enumerations();
        assertThat(enumerations).hasSizeGreaterThan(50);
        for (String lang : List.of("vi", "en")) {
            Map<String, Map<String, String>> labels = Api.anonymous().get(PATH + "?lang=" + lang).then().statusCode(200)
                    .header("Content-Language", lang).extract().jsonPath().getMap("enums");
            for (Enumeration e : enumerations) {
                assertThat(labels).as(e.where()).containsKey(e.group());
                assertThat(labels.get(e.group())).as(e.where()).containsKeys(e.values().toArray(String[]::new));
                e.values().forEach(v -> assertThat(labels.get(e.group()).get(v)).as(e.where() + " " + v).isNotBlank());
            }
        }
    }

    @Test
    void labelsUseTheDomainsVietnameseWording() {
        Api.anonymous().get(PATH + "?lang=vi").then().statusCode(200)
                .body("lang", equalTo("vi"))
                .body("enums.SubjectKind.residential_area", equalTo("Khu dân cư"))
                .body("enums.ModelCategory.self_mediation", equalTo("Tự hòa giải"))
                .body("enums.AwardForm.commemorative_medal", equalTo("Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”"))
                .body("enums.OrganizationType.fatherland_front", equalTo("Mặt trận Tổ quốc"));
        Api.anonymous().get(PATH + "?lang=en").then().statusCode(200)
                .body("enums.SubjectKind.residential_area", equalTo("Residential area"));
    }

    @Test
    void withoutLangAcceptLanguageChoosesAndTheAnswerIsCacheable() {
        Response first = Api.anonymous().header("Accept-Language", "vi").get(PATH);
        first.then().statusCode(200).header("Content-Language", "vi").header("Cache-Control", org.hamcrest.Matchers.containsString("public"))
                .body("enums.SubjectKind.ward", equalTo("Phường"));
        String tag = first.header("ETag");
        assertThat(tag).startsWith("\"l");
        Api.anonymous().header("Accept-Language", "vi").header("If-None-Match", tag).get(PATH).then().statusCode(304);
        Response english = Api.anonymous().get(PATH);
        english.then().statusCode(200).header("Content-Language", "en");
        assertThat(english.header("ETag")).isNotEqualTo(tag);
    }

    @Test
    void anUnservedLanguageIsABadRequest() {
        Api.invalidRequest(null).get(PATH + "?lang=fr").then().statusCode(400).body("errors[0].field", equalTo("lang"));
    }

    /** Every enum of the contract with the group it is labelled under (see LabelCatalogue in the contract). */
    static List<Enumeration> enumerations() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi", "openapi.yaml").toFile());
        List<Enumeration> found = new ArrayList<>();
        walk(contract, new ArrayList<>(), found);
        return found;
    }

    private static void walk(JsonNode node, List<String> path, List<Enumeration> found) {
        if (node.isObject()) {
            JsonNode values = node.get("enum");
            if (values != null && values.isArray() && !path.contains("examples") && !path.contains("LabelCatalogue")
                    && !path.contains("DataPackageResource") && !path.contains("FestivalFeatureCollection")
                    && !path.contains("FestivalFeature") && !path.contains("NullableGeoJsonPoint") && !path.contains("headers")) {
                List<String> list = new ArrayList<>();
                values.forEach(v -> {
                    if (!v.isNull()) {
                        list.add(v.asText());
                    }
                });
                if (!list.isEmpty()) { // NullValue's `enum: [null]` names no value to label
                    found.add(new Enumeration(String.join("/", path), group(path), list));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                List<String> next = new ArrayList<>(path);
                next.add(field.getKey());
                walk(field.getValue(), next, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<String> next = new ArrayList<>(path);
                next.add(Integer.toString(i));
                walk(node.get(i), next, found);
            }
        }
    }

    /** components/schemas/X -> X; its property p (or p's items) -> X.p; components/parameters/P -> P; a list's sort -> sort. */
    private static String group(List<String> path) {
        if (path.get(0).equals("paths")) {
            return "sort";
        }
        String section = path.get(1);
        String name = path.get(2);
        if (section.equals("parameters")) {
            return name;
        }
        StringBuilder group = new StringBuilder(name);
        for (int i = 3; i < path.size(); i++) {
            if (path.get(i).equals("properties") && i + 1 < path.size()) {
                group.append('.').append(path.get(++i));
            }
        }
        return group.toString();
    }
}
