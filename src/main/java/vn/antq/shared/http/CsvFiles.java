package vn.antq.shared.http;

import jakarta.ws.rs.core.Response;
import vn.antq.shared.error.ApiProblem;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** CSV files in and out of the API: bulk submissions and their templates. */
public final class CsvFiles {

    public static final String CSV = "text/csv";
    /** The UTF-8 byte-order mark, by which Excel recognises a CSV file as UTF-8. */
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFiles() {
    }

    /** The body as text; 400 naming {@code body} when it is not UTF-8 (a file saved in another encoding). */
    public static String utf8(byte[] body) {
        try {
            return strictUtf8().decode(ByteBuffer.wrap(body == null ? new byte[0] : body)).toString();
        } catch (CharacterCodingException e) {
            throw notUtf8();
        }
    }

    /**
     * The body as text decoded as it is read, so that a large file is never held whole; reading fails with
     * the same 400 as {@link #utf8(byte[])} at the first byte that is not UTF-8.
     */
    public static Reader utf8(InputStream body) {
        return new FilterReader(new InputStreamReader(body, strictUtf8())) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (CharacterCodingException e) {
                    throw notUtf8();
                }
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                try {
                    return super.read(buffer, offset, length);
                } catch (CharacterCodingException e) {
                    throw notUtf8();
                }
            }
        };
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static ApiProblem notUtf8() {
        return ApiProblem.invalid("body", "must be UTF-8 text");
    }

    /** Whether the request asks for a byte-order mark ({@code bom=true}, for Excel). */
    public static boolean withBom(jakarta.ws.rs.core.UriInfo uri) {
        return uri != null && "true".equals(uri.getQueryParameters().getFirst("bom"));
    }

    /** A CSV file to download under {@code filename}. */
    public static Response attachment(String csv, String filename) {
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
