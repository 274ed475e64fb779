package vn.antq.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The contract as the interaction validator reads it. The contract marks a property "this schema or null" the
 * OpenAPI 3.0 way ({@code nullable: true} beside {@code allOf} of one {@code $ref}), which generators turn into one
 * type; the validator applies {@code nullable} only to a schema with its own {@code type}, so each such property
 * is handed to it as a nullable copy of the referenced schema: the same meaning, spelled as the validator reads it.
 */
public final class ValidatedContract {

    public static final Path FILE = Path.of("openapi", "openapi.yaml");

    private ValidatedContract() {
    }

    /** The contract, as JSON, with every nullable single-{@code $ref} {@code allOf} inlined. */
    public static String json() {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
            inlineNullableRefs(root, root);
            return new ObjectMapper().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void inlineNullableRefs(JsonNode node, JsonNode root) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                JsonNode value = field.getValue();
                if (value instanceof ObjectNode schema && schema.path("nullable").asBoolean()
                        && schema.path("allOf").size() == 1 && schema.path("allOf").get(0).has("$ref") && !schema.has("type")) {
                    String ref = schema.path("allOf").get(0).path("$ref").asText();
                    ObjectNode copy = root.at(ref.substring(1)).deepCopy();
                    copy.put("nullable", true);
                    if (schema.has("description")) {
                        copy.set("description", schema.get("description"));
                    }
                    field.setValue(copy);
                }
            });
            object.forEach(child -> inlineNullableRefs(child, root));
        } else if (node != null && node.isArray()) {
            node.forEach(child -> inlineNullableRefs(child, root));
        }
    }
}
