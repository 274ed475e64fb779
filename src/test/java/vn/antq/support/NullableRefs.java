package vn.antq.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * "This schema or null" in the contract, for the tools that read it through swagger-parser.
 *
 * <p>The contract spells a nullable reference the way OpenAPI 3.0.3 means it,
 * {@code anyOf: [{$ref: X}, {$ref: NullValue}]} with {@code NullValue = {enum: [null]}} (see docs/contract.md and
 * deploy/contract/nullable_refs.py). swagger-parser, which both the interaction validator and openapi-diff use, gives
 * a schema without {@code type} but with an {@code enum} the type {@code string}, so it reads {@code NullValue} as a
 * string schema that refuses null. The tests therefore hand those tools the same meaning spelled as they read it.
 */
public final class NullableRefs {

    public static final String NULL_REF = "#/components/schemas/NullValue";

    private NullableRefs() {
    }

    /**
     * The referenced schema of "X or null", if {@code schema} is one: {@code anyOf} (or {@code oneOf}) of a
     * {@code $ref} and {@code NullValue}, in either order, or the older {@code nullable: true} beside {@code allOf} of
     * one {@code $ref} and no {@code type}.
     */
    public static Optional<String> referenced(JsonNode schema) {
        if (!(schema instanceof ObjectNode)) {
            return Optional.empty();
        }
        for (String composition : new String[] {"anyOf", "oneOf"}) {
            JsonNode branches = schema.path(composition);
            if (branches.size() == 2 && soleRef(branches.get(0)) != null && soleRef(branches.get(1)) != null) {
                String first = soleRef(branches.get(0));
                String second = soleRef(branches.get(1));
                if (NULL_REF.equals(second) && !NULL_REF.equals(first)) {
                    return Optional.of(first);
                }
                if (NULL_REF.equals(first) && !NULL_REF.equals(second)) {
                    return Optional.of(second);
                }
            }
        }
        if (schema.path("nullable").asBoolean() && !schema.has("type") && schema.path("allOf").size() == 1
                && soleRef(schema.path("allOf").get(0)) != null) {
            return Optional.of(soleRef(schema.path("allOf").get(0)));
        }
        return Optional.empty();
    }

    /**
     * Replaces, everywhere under {@code node}, each "X or null" schema by what {@code replacement} makes of it (the
     * schema and X's reference).
     */
    public static void replace(JsonNode node, BiFunction<ObjectNode, String, JsonNode> replacement) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Optional<String> ref = referenced(field.getValue());
                if (ref.isPresent()) {
                    field.setValue(replacement.apply((ObjectNode) field.getValue(), ref.get()));
                }
            }
            object.forEach(child -> replace(child, replacement));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                Optional<String> ref = referenced(array.get(i));
                if (ref.isPresent()) {
                    array.set(i, replacement.apply((ObjectNode) array.get(i), ref.get()));
                }
            }
            array.forEach(child -> replace(child, replacement));
        }
    }

    /**
     * The released contract's spelling: {@code nullable: true} beside {@code allOf: [{$ref: X}]}, with the schema's
     * other keywords (description, readOnly) kept in place.
     */
    public static JsonNode asNullableAllOf(ObjectNode schema, String ref) {
        ObjectNode rewritten = JsonNodeFactory.instance.objectNode();
        rewritten.put("nullable", true);
        rewritten.set("allOf", JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance.objectNode().put("$ref", ref)));
        schema.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("anyOf") && !field.getKey().equals("oneOf") && !field.getKey().equals("allOf")
                    && !field.getKey().equals("nullable")) {
                rewritten.set(field.getKey(), field.getValue());
            }
        });
        return rewritten;
    }

    private static String soleRef(JsonNode schema) {
        return schema != null && schema.size() == 1 && schema.has("$ref") ? schema.get("$ref").asText() : null;
    }
}
