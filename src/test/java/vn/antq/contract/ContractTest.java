package vn.antq.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The service publishes exactly the contract that integrators read in openapi/openapi.yaml. */
@QuarkusTest
class ContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void servedDocumentIsTheContractFile() throws IOException {
        JsonNode contract = YAML.readTree(Path.of("openapi", "openapi.yaml").toFile());
        String served = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        assertThat(JSON.readTree(served)).isEqualTo(contract);
    }

    @Test
    void servedYamlIsTheContractFileToo() throws IOException {
        JsonNode contract = YAML.readTree(Path.of("openapi", "openapi.yaml").toFile());
        String served = RestAssured.given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(YAML.readTree(served)).isEqualTo(contract);
    }
}
