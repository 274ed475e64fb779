package vn.antq.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The contract, openapi/openapi.yaml, read as a tree for tests that walk every operation. */
final class ContractDocument {

    static final Path FILE = Path.of("openapi", "openapi.yaml");
    static final JsonNode ROOT = read();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One operation: its method, path template and definition. */
    record Operation(String id, String method, String path, JsonNode definition) {

        /** The operation's parameters, with those its path declares for all its operations, resolved. */
        List<JsonNode> parameters() {
            List<JsonNode> resolved = new ArrayList<>();
            ROOT.path("paths").path(path).path("parameters").forEach(parameter -> resolved.add(resolve(parameter)));
            definition.path("parameters").forEach(parameter -> resolved.add(resolve(parameter)));
            return resolved;
        }

        boolean isPublic() {
            return definition.path("security").isArray() && definition.path("security").isEmpty();
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private ContractDocument() {
    }

    static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        ROOT.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(new Operation(method.getValue().path("operationId").asText(), method.getKey(), path.getKey(),
                        method.getValue()));
            }
        }));
        return operations;
    }

    static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = ROOT.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the contract", e);
        }
    }
}
