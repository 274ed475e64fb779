package vn.antq.safety;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/** Reads an RFC 4180 CSV submission (jackson's CSV parser) record by record, each knowing the line it starts on. */
final class Csv {

    /** One record of the file and the line it starts on (1 = the header). */
    record Line(int number, List<String> fields) {
    }

    private static final ObjectReader RECORDS = new CsvMapper().readerForListOf(String.class)
            .with(CsvSchema.emptySchema())
            .with(CsvParser.Feature.WRAP_AS_ARRAY);

    private Csv() {
    }

    /** A file that is not valid CSV, its message naming the row where reading stopped. */
    static final class Malformed extends IllegalArgumentException {
        Malformed(String message) {
            super(message);
        }
    }

    /**
     * Hands the records of {@code text} to {@code each} one at a time, blank lines left out, so that a large
     * file is never held as records all at once; a quote left open is reported as {@link Malformed} naming its line.
     */
    static void read(String text, Consumer<Line> each) {
        int line = 1;
        try (MappingIterator<List<String>> records = RECORDS.readValues(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            while (records.hasNextValue()) {
                List<String> fields = records.nextValue();
                int start = line;
                // A quoted field may hold line breaks: the next record starts that many lines further down.
                line += 1 + fields.stream().mapToInt(Csv::lineBreaks).sum();
                if (fields.size() != 1 || !fields.get(0).isBlank()) {
                    each.accept(new Line(start, fields));
                }
            }
        } catch (IOException e) {
            throw new Malformed("row " + line + ": " + (e.getMessage().startsWith("Missing closing quote")
                    ? "a quoted field is never closed" : "is not valid CSV"));
        }
    }

    private static int lineBreaks(String field) {
        return field == null ? 0 : (int) field.chars().filter(c -> c == '\n').count();
    }
}
