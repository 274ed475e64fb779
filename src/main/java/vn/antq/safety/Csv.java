package vn.antq.safety;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.Writer;
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
     * Hands the records of {@code text} to {@code each} one at a time as they are read, blank lines left out
     * and a leading byte order mark dropped, so that a large file is never held whole; a quote left open is
     * reported as {@link Malformed} naming its line.
     */
    static void read(Reader text, Consumer<Line> each) {
        PushbackReader source = new PushbackReader(text) {
            @Override
            public void close() {
                // The parser closes its source when it stops; the text is the caller's, read on past a malformed record.
            }
        };
        int line = 1;
        try (MappingIterator<List<String>> records = RECORDS.readValues(withoutByteOrderMark(source))) {
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
            if (e.getCause() instanceof RuntimeException failure) {
                // The text's own failure (a body that is not UTF-8), which the parser wraps on its way.
                throw failure;
            }
            // The rest is read all the same, so that a text that cannot be read further (not UTF-8) says so first.
            readToEnd(source);
            throw new Malformed("row " + line + ": " + (e.getMessage().startsWith("Missing closing quote")
                    ? "a quoted field is never closed" : "is not valid CSV"));
        }
    }

    private static Reader withoutByteOrderMark(PushbackReader source) throws IOException {
        int first = source.read();
        if (first >= 0 && first != '\uFEFF') {
            source.unread(first);
        }
        return source;
    }

    private static void readToEnd(Reader source) {
        try {
            source.transferTo(Writer.nullWriter());
        } catch (IOException e) {
            // Nothing more can be read; the record already found malformed is the answer.
        }
    }

    private static int lineBreaks(String field) {
        return field == null ? 0 : (int) field.chars().filter(c -> c == '\n').count();
    }
}
