package vn.antq.statistics;

import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import vn.antq.shared.i18n.Language;
import vn.antq.statistics.IndicatorStatisticsDtos.Figure;
import vn.antq.statistics.IndicatorStatisticsDtos.Report;
import vn.antq.statistics.IndicatorStatisticsDtos.Row;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicator statistics as an Excel workbook: a sheet per section (the unit's own reports, the units one
 * level down added up, each of them), one line per indicator, in the language of {@code Accept-Language}.
 */
@Provider
@Produces(Workbooks.XLSX)
public class IndicatorReportWorkbookWriter implements MessageBodyWriter<Report> {

    @Inject
    HttpHeaders request;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Report.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Report report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        Language language = Language.preferred(request.getAcceptableLanguages());
        headers.putSingle(HttpHeaders.CONTENT_TYPE, Workbooks.XLSX);
        headers.putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        headers.putSingle(HttpHeaders.VARY, "Accept, Accept-Language");
        headers.putSingle("Content-Disposition", "attachment; filename=\"indicators-" + report.fromYear()
                + (report.toYear() == report.fromYear() ? "" : "-" + report.toYear()) + ".xlsx\"");
        write(report, language, out);
    }

    static void write(Report report, Language language, OutputStream out) throws IOException {
        try (Workbooks book = new Workbooks(language)) {
            List<String> title = new ArrayList<>(List.of(book.label("column", "indicator"),
                    report.unit() == null ? book.label("column", "wholeCountry") : report.unit().fullName(),
                    book.label("Era", report.structure()), Workbooks.years(report.fromYear(), report.toYear())));
            if (report.kind() != null) {
                title.add(book.label("IndicatorStatistics.kind", report.kind()));
            }
            if (report.coverage() != null && report.coverage().ratio() != null) {
                title.add(book.label("column", "coverage") + " " + report.coverage().reporting() + "/" + report.coverage().units());
            }
            String titleText = String.join(" — ", title);
            for (String section : List.of("unit", "total", "area")) {
                List<Row> rows = report.rows().stream().filter(r -> r.section().equals(section)).toList();
                if (rows.isEmpty() && !section.equals("unit")) {
                    continue;
                }
                List<String> headers = new ArrayList<>();
                if (section.equals("area")) {
                    headers.add(book.label("column", "areaCode"));
                    headers.add(book.label("column", "areaName"));
                }
                for (String column : List.of("reports", "indicator", "reported", "shareOf")) {
                    headers.add(book.label("column", column));
                }
                headers.add(book.label("StatisticsReport.measures", "ratio"));
                headers.add(book.label("column", "recorded"));
                headers.add(book.label("column", "difference"));
                book.sheet(book.label("IndicatorStatisticsRow.section", section), titleText, headers);
                for (Row row : rows) {
                    for (Figure f : row.figures()) {
                        List<Object> line = new ArrayList<>();
                        if (section.equals("area")) {
                            line.add(row.area() == null ? null : row.area().code());
                            line.add(row.area() == null ? null : row.area().fullName());
                        }
                        line.add(row.reports());
                        line.add(language == Language.vi && f.nameVi() != null ? f.nameVi() : f.indicator());
                        line.add(f.reported());
                        line.add(f.shareOf());
                        line.add(f.ratio() == null ? null : new Workbooks.Ratio(f.ratio().doubleValue()));
                        line.add(f.recorded());
                        line.add(f.difference());
                        book.line(line);
                    }
                }
            }
            book.write(out);
        }
    }
}
