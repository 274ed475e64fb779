package vn.antq.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.antq.contract.ContractDocument.Operation;
import vn.antq.support.Api;
import vn.antq.support.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Date query parameters are plain strings with a date pattern, not `format: date`: generators then pass
 * on what the caller wrote (`2025-07-01`) instead of serialising a Date object as a UTC instant
 * (`2025-06-30T17:00:00.000Z` for midnight in Vietnam, a different day). Every such parameter of the
 * contract takes a calendar date and refuses an instant, naming itself.
 */
@QuarkusTest
class DateParametersTest {

    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    record DateParameter(Operation operation, String name, String example) {
        @Override
        public String toString() {
            return operation.id() + " " + name;
        }
    }

    static Stream<DateParameter> dateQueryParameters() {
        List<DateParameter> found = new ArrayList<>();
        for (Operation operation : ContractDocument.operations()) {
            for (JsonNode parameter : operation.parameters()) {
                JsonNode schema = parameter.path("schema");
                if (parameter.path("in").asText().equals("query") && DATE_PATTERN.equals(schema.path("pattern").asText())) {
                    found.add(new DateParameter(operation, parameter.path("name").asText(), parameter.path("example").asText()));
                }
            }
        }
        return found.stream();
    }

    @Test
    void noQueryParameterIsAFormatDateThatGeneratorsSerialiseAsAnInstant() {
        List<String> formatDate = new ArrayList<>();
        for (Operation operation : ContractDocument.operations()) {
            for (JsonNode parameter : operation.parameters()) {
                if (parameter.path("in").asText().equals("query") && parameter.path("schema").path("format").asText().equals("date")) {
                    formatDate.add(operation.id() + " " + parameter.path("name").asText());
                }
            }
        }
        assertThat(formatDate).isEmpty();
        assertThat(dateQueryParameters().map(DateParameter::name)).contains("asOf", "activeOn", "signedFrom", "signedTo",
                "validOn", "from", "to", "establishedFrom", "establishedTo");
    }

    @ParameterizedTest
    @MethodSource("dateQueryParameters")
    void aCalendarDateIsTakenAndAnInstantIsRefusedByName(DateParameter parameter) {
        assertThat(parameter.example()).matches(DATE_PATTERN);
        // The contract-checked request passes validation; the parameter is not among the errors.
        call(Api.as(Tokens.admin()), parameter, parameter.example()).then()
                .statusCode(not(400));
        call(Api.invalidRequest(Tokens.admin()), parameter, "2025-07-01T00:00:00.000Z").then()
                .statusCode(400).body("errors.field", hasItem(parameter.name()));
    }

    private static io.restassured.response.Response call(RequestSpecification request, DateParameter parameter, String value) {
        String path = parameter.operation().path();
        for (JsonNode other : parameter.operation().parameters()) {
            if (other.path("in").asText().equals("path")) {
                path = path.replace("{" + other.path("name").asText() + "}", other.path("example").asText());
            }
        }
        return request.queryParam(parameter.name(), value).get(path);
    }
}
