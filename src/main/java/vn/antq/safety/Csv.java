package vn.antq.safety;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: comma-separated fields, double quotes around fields that hold commas, quotes or line breaks. */
final class Csv {

    /** One record of the file and the line it starts on (1 = the header). */
    record Line(int number, List<String> fields) {
    }

    private Csv() {
    }

    /** Splits {@code text} into records; a quote left open is reported as an IllegalArgumentException naming its line. */
    static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        int length = text.length();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        while (i < length) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (i < length && text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= length) {
                            throw new IllegalArgumentException("row " + start + ": a quoted field is never closed");
                        }
                        char c = text.charAt(i++);
                        if (c == '"') {
                            if (i < length && text.charAt(i) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            field.append(c);
                        }
                    }
                }
                while (i < length && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    field.append(text.charAt(i++));
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i < length && text.charAt(i) == ',') {
                    i++;
                } else {
                    if (i < length && text.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < length && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    endOfRecord = true;
                }
            }
            boolean blank = fields.size() == 1 && fields.get(0).isBlank();
            if (!blank) {
                lines.add(new Line(start, fields));
            }
        }
        return lines;
    }

    /** A field written so that any CSV reader gets it back. */
    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
