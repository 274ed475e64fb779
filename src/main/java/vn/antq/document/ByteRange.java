package vn.antq.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of bytes asked for by a {@code Range} header (RFC 9110 section 14): {@code bytes=first-last},
 * {@code bytes=first-} or {@code bytes=-suffix}. Several ranges, or another unit, are answered with the
 * whole file, as the RFC allows.
 */
public record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");

    public long length() {
        return last - first + 1;
    }

    /** The outcome of reading a {@code Range} header against a file of a size. */
    public sealed interface Outcome permits Whole, Part, Unsatisfiable {
    }

    public record Whole() implements Outcome {
    }

    public record Part(ByteRange range) implements Outcome {
    }

    public record Unsatisfiable() implements Outcome {
    }

    public static Outcome of(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        Matcher m = SINGLE.matcher(header);
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            return new Whole();
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0 || size == 0) {
                    return new Unsatisfiable();
                }
                return new Part(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < first) {
                return new Whole();  // invalid: ignored
            }
            if (first >= size) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(first, last));
        } catch (NumberFormatException e) {
            return new Whole();  // beyond any size: read as not given
        }
    }
}
