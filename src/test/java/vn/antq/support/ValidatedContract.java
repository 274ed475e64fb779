package vn.antq.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The contract as the interaction validator reads it. The contract marks a property "this schema or null" as
 * {@code anyOf: [{$ref: X}, {$ref: NullValue}]} (OpenAPI 3.0.3's meaning, docs/contract.md). The validator reads
 * schemas through swagger-parser, which types {@code NullValue} ({@code enum: [null]}, no {@code type}) as a string
 * and so refuses null, and it reports a failed {@code anyOf} without saying which field of X was wrong. Each such
 * property is therefore handed to it as a copy of X with {@code nullable: true}: the same meaning, spelled as the
 * validator reads it, with precise messages.
 */
public final class ValidatedContract {

    public static final Path FILE = Path.of("openapi", "openapi.yaml");

    private ValidatedContract() {
    }

    /** The contract, as JSON, with every nullable reference inlined as a nullable copy of the referenced schema. */
    public static String json() {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
            NullableRefs.replace(root, (schema, ref) -> {
                ObjectNode copy = root.at(ref.substring(1)).deepCopy();
                copy.put("nullable", true);
                if (schema.has("description")) {
                    copy.set("description", schema.get("description"));
                }
                return copy;
            });
            return new ObjectMapper().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
