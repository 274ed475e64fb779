package vn.antq.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The entry point of every API test: requests and responses are validated against the contract,
 * openapi/openapi.yaml, so that the code cannot drift from it.
 */
public final class Api {

    private static final String CONTRACT = ValidatedContract.json();

    /** Validates request and response. */
    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(CONTRACT).build());

    /**
     * For tests that send a deliberately invalid or unauthenticated request: the response is still
     * validated against the contract, the request is not.
     */
    private static final OpenApiValidationFilter RESPONSE_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(CONTRACT)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {
    }

    /** Anonymous, contract-valid request. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(STRICT).contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    public static RequestSpecification viewer() {
        return as(Tokens.viewer());
    }

    public static RequestSpecification admin() {
        return as(Tokens.admin());
    }

    /** A request that breaks the contract on purpose; only the response is checked against it. */
    public static RequestSpecification invalidRequest(String token) {
        RequestSpecification spec = RestAssured.given().filter(RESPONSE_ONLY).contentType(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }
}
