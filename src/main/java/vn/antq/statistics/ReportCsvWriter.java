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
import vn.antq.statistics.StatisticsDtos.Report;
import vn.antq.statistics.StatisticsDtos.Row;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A statistic as CSV (RFC 4180, CRLF): the same rows as the JSON form, flat, one line each, the area as
 * era, code and name, then every measure. Offered as a download named after the statistic and its years.
 */
@Provider
@Produces(ReportCsvWriter.CSV)
public class ReportCsvWriter implements MessageBodyWriter<Report> {

    @Inject
    UriInfo uri;

    public static final String CSV = CsvFiles.CSV;
    /** The columns before the measures. */
    public static final List<String> COLUMNS = List.of("statistic", "structure", "section", "year", "areaEra", "areaCode",
            "areaName", "dimension", "key");
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
        headers.putSingle("Content-Type", CSV + "; charset=UTF-8");
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + report.statistic() + "-" + report.fromYear()
                + (report.toYear() == report.fromYear() ? "" : "-" + report.toYear()) + ".csv\"");
        if (CsvFiles.withBom(uri)) {
            out.write(CsvFiles.BOM);
        }
        write(report, out);
    }

    public static void write(Report report, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        report.measures().forEach(schema::addColumn);
        try (SequenceWriter rows = MAPPER.writer(schema.build()).writeValues(out)) {
            for (Row row : report.rows()) {
                rows.write(line(report, row));
            }
        }
    }

    /** The row's fields in column order; an absent value is an empty field (jackson would leave it out of a row written as a list). */
    private static List<Object> line(Report report, Row row) {
        List<Object> line = new ArrayList<>();
        line.add(report.statistic());
        line.add(report.structure());
        line.add(row.section());
        line.add(row.year());
        line.add(row.area() == null ? null : row.area().era());
        line.add(row.area() == null ? null : row.area().code());
        line.add(row.area() == null ? null : row.area().fullName());
        line.add(row.dimension());
        line.add(row.key());
        for (String measure : report.measures()) {
            line.add(row.values().get(measure));
        }
        line.replaceAll(value -> value == null ? "" : value);
        return line;
    }
}
