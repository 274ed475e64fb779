package vn.antq.safety;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The CSV rows of a bulk submission: fields as written, and the line each record starts on for its errors. */
class CsvTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<Csv.Line> lines = parse("year,note\r\n2022,\"Đạt, \"\"tốt\"\"\"\r\n2023,\"hai\r\ndòng\"\r\n2024,x\r\n");
        assertEquals(List.of(
                new Csv.Line(1, List.of("year", "note")),
                new Csv.Line(2, List.of("2022", "Đạt, \"tốt\"")),
                new Csv.Line(3, List.of("2023", "hai\r\ndòng")),
                new Csv.Line(5, List.of("2024", "x"))), lines);
    }

    @Test
    void blankLinesAreSkippedButCountedAndTheByteOrderMarkIsDropped() {
        List<Csv.Line> lines = parse("\uFEFFyear,kind\n\n   \n2022,ward\n2023");
        assertEquals(List.of(
                new Csv.Line(1, List.of("year", "kind")),
                new Csv.Line(4, List.of("2022", "ward")),
                new Csv.Line(5, List.of("2023"))), lines);
    }

    @Test
    void anEmptyBodyHasNoRecords() {
        assertEquals(List.of(), parse(""));
    }

    @Test
    void aQuoteLeftOpenNamesTheRowItStartsOn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("year,note\n2022,ok\n2023,\"never\nclosed\n"));
        assertEquals("row 3: a quoted field is never closed", e.getMessage());
    }

    private static List<Csv.Line> parse(String text) {
        List<Csv.Line> lines = new ArrayList<>();
        Csv.read(new StringReader(text), lines::add);
        return lines;
    }
}
