package vn.antq.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File names in {@code Content-Disposition} (RFC 6266, with RFC 8187/5987 {@code filename*} for UTF-8). */
public final class FileNames {

    private static final Pattern EXTENDED = Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*([^';]*)'[^']*'([^;\\s]*)");
    private static final Pattern QUOTED = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOKEN = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*([^\";\\s]+)");
    private static final int MAX = 255;

    private FileNames() {
    }

    /** The file name a request's {@code Content-Disposition} gives, cleaned; null when it gives none. */
    public static String parse(String disposition) {
        if (disposition == null) {
            return null;
        }
        String name = null;
        Matcher extended = EXTENDED.matcher(disposition);
        if (extended.find() && extended.group(1).strip().equalsIgnoreCase("UTF-8")) {
            name = percentDecode(extended.group(2));
        }
        if (name == null) {
            Matcher quoted = QUOTED.matcher(disposition);
            if (quoted.find()) {
                name = quoted.group(1).replaceAll("\\\\(.)", "$1");
            } else {
                Matcher token = TOKEN.matcher(disposition);
                if (token.find()) {
                    name = token.group(1);
                }
            }
        }
        return name == null ? null : clean(name);
    }

    /** The last path segment, in NFC, without control characters; null when nothing is left. */
    static String clean(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String cleaned = Normalizer.normalize(base, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", "").strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            return null;
        }
        return cleaned.length() > MAX ? cleaned.substring(0, MAX) : cleaned;
    }

    /** The header value for a download: an ASCII fallback and the UTF-8 name (RFC 6266 section 4.3). */
    public static String attachment(String name) {
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncode(name);
    }

    private static String percentDecode(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()) {
                try {
                    bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                    i += 2;
                    continue;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            bytes.write(c);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** RFC 8187 attr-char kept as is, every other byte percent-encoded. */
    private static String percentEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            }
        }
        return out.toString();
    }
}
