package vn.antq.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.antq.contract.ContractDocument.Operation;
import vn.antq.support.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content negotiation for every operation of the contract, read at test time: the Accept headers a
 * generated client sends (every media type the operation documents, problem+json included, or one
 * success type with problem+json), a wildcard, and none at all get a documented answer, never an
 * undocumented 406; where the contract documents 406, an Accept the operation cannot serve gets it.
 * Requests are minimal (unknown ids, empty bodies), so the answers are the documented 200, 400 or 404.
 */
@QuarkusTest
class ContentNegotiationTest {

    private static final String PROBLEM = "application/problem+json";
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(vn.antq.support.ValidatedContract.json()).build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI base;

    /** An operation and the Accept header to send (null: none). */
    record Call(Operation operation, String accept) {
        @Override
        public String toString() {
            return operation.id() + " Accept: " + (accept == null ? "(none)" : accept);
        }
    }

    static Stream<Call> acceptHeadersClientsSend() {
        List<Call> calls = new ArrayList<>();
        for (Operation operation : ContractDocument.operations()) {
            Set<String> accepts = new LinkedHashSet<>();
            accepts.add(String.join(", ", mediaTypes(operation, "")));
            for (String success : mediaTypes(operation, "2")) {
                accepts.add(success + ", " + PROBLEM);
            }
            accepts.add("*/*");
            accepts.add(null);
            accepts.forEach(accept -> calls.add(new Call(operation, accept)));
        }
        return calls.stream();
    }

    static Stream<Call> operationsThatDocument406() {
        return ContractDocument.operations().stream()
                .filter(operation -> operation.definition().path("responses").has("406"))
                .map(operation -> new Call(operation, unservable(operation)));
    }

    /** A media type the operation documents for none of its answers (a document's file may well be a PNG). */
    private static String unservable(Operation operation) {
        Set<String> documented = mediaTypes(operation, "");
        return Stream.of("image/png", "image/gif", "application/xml").filter(type -> !documented.contains(type))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("acceptHeadersClientsSend")
    void everyAcceptAClientSendsGetsADocumentedAnswer(Call call) throws Exception {
        HttpResponse<String> response = send(call);
        assertThat(response.statusCode()).as("status of %s: %s", call, response.body()).isNotEqualTo(406);
        assertDocumented(call, response);
    }

    @ParameterizedTest
    @MethodSource("operationsThatDocument406")
    void anAcceptTheOperationCannotServeGets406(Call call) throws Exception {
        HttpResponse<String> response = send(call);
        assertThat(response.statusCode()).as("status of %s: %s", call, response.body()).isEqualTo(406);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
        assertDocumented(call, response);
    }

    /** The status is one the operation documents, and headers and body match what it documents for it. */
    private static void assertDocumented(Call call, HttpResponse<String> response) {
        JsonNode responses = call.operation().definition().path("responses");
        assertThat(responses.has(String.valueOf(response.statusCode())))
                .as("%s answered %d: %s", call, response.statusCode(), response.body()).isTrue();
        SimpleResponse.Builder checked = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach(checked::withHeader);
        ValidationReport report = VALIDATOR.validateResponse(call.operation().path(),
                Request.Method.valueOf(call.operation().method().toUpperCase(Locale.ROOT)), checked.build());
        assertThat(report.getMessages()).as("%s answered %d against the contract", call, response.statusCode()).isEmpty();
    }

    private HttpResponse<String> send(Call call) throws IOException, InterruptedException {
        Operation operation = call.operation();
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        HttpRequest.Builder request = HttpRequest.newBuilder();
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.path("name").asText();
            boolean required = parameter.path("required").asBoolean();
            switch (parameter.path("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", pathValue(parameter));
                case "query" -> {
                    if (required) {
                        query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
                                .append(URLEncoder.encode(parameter.path("example").asText(), StandardCharsets.UTF_8));
                    }
                }
                case "header" -> {
                    if (required) {
                        request.header(name, parameter.path("example").asText());
                    }
                }
                default -> { }
            }
        }
        request.uri(base.resolve(path.substring(1) + query));
        if (!operation.isPublic()) {
            request.header("Authorization", "Bearer " + Tokens.admin());
        }
        if (call.accept() != null) {
            request.header("Accept", call.accept());
        }
        String method = operation.method().toUpperCase(Locale.ROOT);
        JsonNode body = operation.definition().path("requestBody").path("content");
        if (body.isObject() && !body.isEmpty()) {
            // An empty JSON object, or a file without rows: the operation refuses or accepts it as documented.
            String type = body.has("application/json") ? "application/json" : body.fieldNames().next();
            request.header("Content-Type", type)
                    .method(method, HttpRequest.BodyPublishers.ofString(type.equals("application/json") ? "{}" : ""));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A valid value that names no record: a fresh id, or the parameter's example (an administrative unit). */
    private static String pathValue(JsonNode parameter) {
        if ("uuid".equals(parameter.path("schema").path("format").asText())) {
            return UUID.randomUUID().toString();
        }
        return parameter.path("example").asText();
    }

    /** The media types of the operation's responses whose status starts with the prefix. */
    private static Set<String> mediaTypes(Operation operation, String statusPrefix) {
        Set<String> types = new LinkedHashSet<>();
        operation.definition().path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith(statusPrefix)) {
                ContractDocument.resolve(response.getValue()).path("content").fieldNames().forEachRemaining(types::add);
            }
        });
        return types;
    }
}
