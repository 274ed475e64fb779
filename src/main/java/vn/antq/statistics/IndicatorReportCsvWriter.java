package vn.antq.statistics;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import vn.antq.shared.http.CsvFiles;
import vn.antq.statistics.IndicatorStatisticsDtos.Figure;
import vn.antq.statistics.IndicatorStatisticsDtos.Report;
import vn.antq.statistics.IndicatorStatisticsDtos.Row;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

/**
 * The indicator statistics as CSV (RFC 4180, CRLF): one line per figure, the row's section and area, then
 * the reported figure, its ratio and what the records give. Offered as a download named after its years.
 */
@Provider
@Produces(ReportCsvWriter.CSV)
public class IndicatorReportCsvWriter implements MessageBodyWriter<Report> {

    @Inject
    UriInfo uri;

    /** The columns of the file. */
    public static final List<String> COLUMNS = List.of("structure", "fromYear", "toYear", "section", "areaEra", "areaCode",
            "areaName", "reports", "indicator", "reported", "shareOf", "ratio", "recorded", "difference");
    private static final CsvSchema SCHEMA = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n")
            .addColumns(COLUMNS, CsvSchema.ColumnType.STRING)
            .build();
    /** Quotes exactly the fields that need it: a comma, a quote or a line break. */
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Report.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Report report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", ReportCsvWriter.CSV + "; charset=UTF-8");
        headers.putSingle("Content-Disposition", "attachment; filename=\"indicators-" + report.fromYear()
                + (report.toYear() == report.fromYear() ? "" : "-" + report.toYear()) + ".csv\"");
        if (CsvFiles.withBom(uri)) {
            out.write(CsvFiles.BOM);
        }
        write(report, out);
    }

    public static void write(Report report, OutputStream out) throws IOException {
        try (SequenceWriter lines = MAPPER.writer(SCHEMA).writeValues(out)) {
            for (Row row : report.rows()) {
                for (Figure f : row.figures()) {
                    Object[] line = {report.structure(), report.fromYear(), report.toYear(), row.section(),
                            row.area() == null ? null : row.area().era(), row.area() == null ? null : row.area().code(),
                            row.area() == null ? null : row.area().fullName(), row.reports(), f.indicator(), f.reported(),
                            f.shareOf(), f.ratio() == null ? null : f.ratio().toPlainString(), f.recorded(), f.difference()};
                    // An absent value is an empty field (jackson would leave it out of a row written as a list).
                    lines.write(Arrays.stream(line).map(v -> v == null ? "" : v).toList());
                }
            }
        }
    }
}
