package vn.antq.safety;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads an RFC 4180 CSV submission (jackson's CSV parser) into records that know the line they start on. */
final class Csv {

    /** One record of the file and the line it starts on (1 = the header). */
    record Line(int number, List<String> fields) {
    }

    private static final ObjectReader RECORDS = new CsvMapper().readerForListOf(String.class)
            .with(CsvSchema.emptySchema())
            .with(CsvParser.Feature.WRAP_AS_ARRAY);

    private Csv() {
    }

    /** Splits {@code text} into records, blank lines left out; a quote left open is reported as an IllegalArgumentException naming its line. */
    static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        int line = 1;
        try (MappingIterator<List<String>> records = RECORDS.readValues(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            while (records.hasNextValue()) {
                List<String> fields = records.nextValue();
                int start = line;
                // A quoted field may hold line breaks: the next record starts that many lines further down.
                line += 1 + fields.stream().mapToInt(Csv::lineBreaks).sum();
                if (fields.size() != 1 || !fields.get(0).isBlank()) {
                    lines.add(new Line(start, fields));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("row " + line + ": " + (e.getMessage().startsWith("Missing closing quote")
                    ? "a quoted field is never closed" : "is not valid CSV"));
        }
        return lines;
    }

    private static int lineBreaks(String field) {
        return field == null ? 0 : (int) field.chars().filter(c -> c == '\n').count();
    }
}
