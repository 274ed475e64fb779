package vn.antq.statistics;

import org.junit.jupiter.api.Test;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.statistics.StatisticsDtos.Report;
import vn.antq.statistics.StatisticsDtos.Row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CSV form of a statistic: flat rows, CRLF, fields quoted exactly when they hold a comma, a quote or a line break. */
class ReportCsvWriterTest {

    @Test
    void rowsAreFlatWithEveryMeasure() throws IOException {
        Report report = new Report("safety", "legacy", null, 2022, 2022, List.of("attained", "total", "ratio"), List.of(
                new Row("total", null, null, "subjectKind", "residential_area", values(1686L, 1727L, 0.9763)),
                new Row("year", 2022, null, null, null, values(0L, 0L, 0.0)),
                new Row("area", null, new AdminUnitLabel("legacy", "178", "district", "Thành phố Lạng Sơn"), null, null,
                        values(14L, 14L, 1.0))));
        assertEquals("""
                statistic,structure,section,year,areaEra,areaCode,areaName,dimension,key,attained,total,ratio\r
                safety,legacy,total,,,,,subjectKind,residential_area,1686,1727,0.9763\r
                safety,legacy,year,2022,,,,,,0,0,0.0\r
                safety,legacy,area,,legacy,178,Thành phố Lạng Sơn,,,14,14,1.0\r
                """, csv(report));
    }

    @Test
    void namesWithCommasQuotesOrLineBreaksAreQuoted() throws IOException {
        Report report = new Report("models", "2025", null, 2020, 2021, List.of("total"), List.of(
                new Row("area", null, new AdminUnitLabel("2025", "1", "commune", "Xã A, \"mới\""), null, null, Map.of("total", 1L)),
                new Row("area", null, new AdminUnitLabel("2025", "2", "commune", "Xã B\r\nhai dòng"), null, null, Map.of("total", 2L))));
        assertEquals("statistic,structure,section,year,areaEra,areaCode,areaName,dimension,key,total\r\n"
                + "models,2025,area,,2025,1,\"Xã A, \"\"mới\"\"\",,,1\r\n"
                + "models,2025,area,,2025,2,\"Xã B\r\nhai dòng\",,,2\r\n", csv(report));
    }

    /** The writer takes the measures in the report's order, whatever the map's. */
    private static Map<String, Number> values(long attained, long total, double ratio) {
        return Map.of("attained", attained, "total", total, "ratio", ratio);
    }

    private static String csv(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportCsvWriter.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
