package vn.antq.shared.http;

import jakarta.ws.rs.core.Response;
import vn.antq.shared.error.ApiProblem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** CSV files in and out of the API: bulk submissions and their templates. */
public final class CsvFiles {

    public static final String CSV = "text/csv";

    private CsvFiles() {
    }

    /** The body as text; 400 naming {@code body} when it is not UTF-8 (a file saved in another encoding). */
    public static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body == null ? new byte[0] : body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiProblem.invalid("body", "must be UTF-8 text");
        }
    }

    /** A CSV file to download under {@code filename}. */
    public static Response attachment(String csv, String filename) {
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
