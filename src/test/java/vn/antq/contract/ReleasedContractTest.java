package vn.antq.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import vn.antq.support.NullableRefs;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The breaking-change gate: the contract (openapi/openapi.yaml) against the last published one
 * (openapi/released/openapi.yaml), compared with openapi-diff. Integrators' generated clients must keep
 * working, so an incompatible change fails the build. A deliberate one is released: raise the major
 * version of `info.version` and copy the contract over the released one.
 */
class ReleasedContractTest {

    private static final Path CURRENT = Path.of("openapi", "openapi.yaml");
    private static final Path RELEASED = Path.of("openapi", "released", "openapi.yaml");

    @Test
    void theContractKeepsEveryPromiseOfTheReleasedOne() throws IOException {
        ChangedOpenApi diff = OpenApiCompare.fromContents(Files.readString(RELEASED), inReleasedSpelling(read(CURRENT)));
        if (diff.isIncompatible()) {
            fail("openapi/openapi.yaml breaks clients of the released contract (openapi/released/openapi.yaml); if that is "
                    + "deliberate, raise the major version and copy it over the released one:%n%s".formatted(describe(diff)));
        }
    }

    @Test
    void theVersionOnlyMovesOn() throws IOException {
        int[] current = version(CURRENT);
        int[] released = version(RELEASED);
        assertThat(compare(current, released)).as("info.version %s must not be below the released %s",
                String.join(".", java.util.Arrays.stream(current).mapToObj(String::valueOf).toList()),
                String.join(".", java.util.Arrays.stream(released).mapToObj(String::valueOf).toList())).isGreaterThanOrEqualTo(0);
    }

    /**
     * The contract with each "X or null" spelled as the released contract spells it ({@code nullable} beside
     * {@code allOf}). openapi-diff reads the current spelling's {@code NullValue} through swagger-parser as a string
     * schema and would report every nullable reference as changed from object to string (docs/contract.md); in one
     * spelling on both sides, it compares what X promises, which is what clients depend on.
     */
    static String inReleasedSpelling(JsonNode contract) throws IOException {
        JsonNode root = contract.deepCopy();
        NullableRefs.replace(root, NullableRefs::asNullableAllOf);
        return new ObjectMapper().writeValueAsString(root);
    }

    /** The respelling hides no change behind a nullable reference: a request's "X or null" that asks more breaks. */
    @Test
    void aStricterSchemaBehindANullableReferenceStillBreaksClients() throws IOException {
        JsonNode contract = read(CURRENT);
        ObjectNode stricter = contract.at("/components/schemas/AdminUnitRef").deepCopy();
        ((ArrayNode) stricter.get("required")).add("level");
        ((ObjectNode) stricter.get("properties")).putObject("level").put("type", "string").put("maxLength", 20);
        ((ObjectNode) contract.at("/components/schemas")).set("StricterAdminUnitRef", stricter);
        int[] repointed = {0};
        NullableRefs.replace(contract, (schema, ref) -> {
            if (ref.endsWith("/AdminUnitRef")) {
                repointed[0]++;
                ((ObjectNode) schema.get("anyOf").get(0)).put("$ref", "#/components/schemas/StricterAdminUnitRef");
            }
            return schema;
        });
        assertThat(repointed[0]).as("nullable references to AdminUnitRef").isPositive();
        assertThat(OpenApiCompare.fromContents(Files.readString(RELEASED), inReleasedSpelling(contract)).isIncompatible()).isTrue();
    }

    private static JsonNode read(Path contract) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(contract.toFile());
    }

    private static int[] version(Path contract) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(contract.toFile());
        String text = root.path("info").path("version").asText();
        assertThat(text).as("info.version of %s", contract).matches("[0-9]+\\.[0-9]+\\.[0-9]+");
        return java.util.Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    /** The diff as openapi-diff renders it; the changed operations alone where its renderer fails on a change. */
    private static String describe(ChangedOpenApi diff) throws IOException {
        try {
            return render(diff);
        } catch (RuntimeException e) {
            return diff.getChangedOperations().stream().filter(o -> o.isIncompatible())
                    .map(o -> o.getHttpMethod() + " " + o.getPathUrl()).sorted().collect(java.util.stream.Collectors.joining("\n"));
        }
    }

    private static String render(ChangedOpenApi diff) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
