package vn.antq.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.shared.http.JsonMergePatch;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples of RFC 7396, appendix A. */
class JsonMergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "{'a':'b'}                 | {'a':'c'}           | {'a':'c'}",
            "{'a':'b'}                 | {'b':'c'}           | {'a':'b','b':'c'}",
            "{'a':'b'}                 | {'a':null}          | {}",
            "{'a':'b','b':'c'}         | {'a':null}          | {'b':'c'}",
            "{'a':['b']}               | {'a':'c'}           | {'a':'c'}",
            "{'a':'c'}                 | {'a':['b']}         | {'a':['b']}",
            "{'a':{'b':'c'}}           | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
            "{'a':[{'b':'c'}]}         | {'a':[1]}           | {'a':[1]}",
            "['a','b']                 | ['c','d']           | ['c','d']",
            "{'a':'b'}                 | ['c']               | ['c']",
            "{'a':'foo'}               | null                | null",
            "{'a':'foo'}               | 'bar'               | 'bar'",
            "{'e':null}                | {'a':1}             | {'e':null,'a':1}",
            "[1,2]                     | {'a':'b','c':null}  | {'a':'b'}",
            "{}                        | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}",
    })
    void appliesThePatchAsRfc7396Says(String target, String patch, String expected) throws Exception {
        JsonNode result = JsonMergePatch.apply(read(target), read(patch));
        assertThat(result).isEqualTo(read(expected));
    }

    private static JsonNode read(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }
}
