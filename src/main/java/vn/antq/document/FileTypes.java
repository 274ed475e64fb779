package vn.antq.document;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The file types a document may have, recognised from their bytes by Apache Tika's detector (magic
 * numbers only: no file name is consulted), and the check that a Word or Excel file carries no macros.
 */
public final class FileTypes {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String TIFF = "image/tiff";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static final Set<String> ALLOWED = Set.of(PDF, JPEG, PNG, TIFF, DOCX, XLSX);

    /** What Tika's magic alone says of an Office Open XML package (the kind inside is named by its parts). */
    private static final String OOXML = "application/x-tika-ooxml";
    /** Types the detector may name for the allowed ones. */
    private static final Map<String, String> DETECTED_AS = Map.of("image/jpg", JPEG, "image/pjpeg", JPEG);

    private static final MimeTypes DETECTOR = MimeTypes.getDefaultMimeTypes();
    private static final byte[][] MACRO_PARTS = {"vbaProject.bin".getBytes(StandardCharsets.US_ASCII),
            "vbaData.xml".getBytes(StandardCharsets.US_ASCII)};

    private FileTypes() {
    }

    /** The declared media type without its parameters, lowercase; null when absent. */
    public static String essence(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The type Tika's detector finds in the first bytes of {@code in}, which must support mark and reset. */
    public static String detect(InputStream in) throws IOException {
        MediaType type = DETECTOR.detect(in, new Metadata());
        String base = type.getBaseType().toString();
        return DETECTED_AS.getOrDefault(base, base);
    }

    /** Whether the detected type is the declared one (an Office package is either of its allowed kinds). */
    public static boolean matches(String declared, String detected) {
        if (declared.equals(detected)) {
            return true;
        }
        return OOXML.equals(detected) && (DOCX.equals(declared) || XLSX.equals(declared));
    }

    public static boolean isOffice(String type) {
        return DOCX.equals(type) || XLSX.equals(type);
    }

    /**
     * Finds the parts that hold macros in an Office package as it streams by: their names are stored
     * uncompressed in the package's headers. A part name cut between two chunks is found too.
     */
    public static final class MacroSniffer implements FileStore.ChunkSniffer {

        private static final int KEEP = 16;
        private byte[] tail = new byte[0];
        private boolean found;

        @Override
        public void chunk(byte[] data, int length) {
            byte[] window = new byte[tail.length + length];
            System.arraycopy(tail, 0, window, 0, tail.length);
            System.arraycopy(data, 0, window, tail.length, length);
            for (byte[] part : MACRO_PARTS) {
                if (indexOf(window, part) >= 0) {
                    found = true;
                }
            }
            int keep = Math.min(KEEP, window.length);
            tail = java.util.Arrays.copyOfRange(window, window.length - keep, window.length);
        }

        public boolean found() {
            return found;
        }

        private static int indexOf(byte[] data, byte[] pattern) {
            outer:
            for (int i = 0; i <= data.length - pattern.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (data[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
